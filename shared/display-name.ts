// Names people and files give themselves are shown as text, never as instructions to the display.
// Pure TypeScript: no Node, no DOM.

/**
 * Bidirectional formatting characters: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069) and the
 * invisible marks (U+200E, U+200F, U+061C). A file name never needs them, and they can disguise one:
 * "invoice\u202Efdp.exe" is displayed "invoiceexe.pdf". Each becomes a visible U+FFFD, so the name reads in its
 * real order and its real extension shows at its end ("invoice�fdp.exe").
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export function visibleFileName(name: string): string {
  return name.replace(BIDI_CONTROLS, '\uFFFD');
}
