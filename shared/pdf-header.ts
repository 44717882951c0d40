// A PDF whose `%PDF-` header line is missing (cut off, or mangled by a transfer) still holds its objects, and Docent
// recognises it by that syntax (electron/app/documents/sniff.ts). pdf.js, though, cannot rebuild such a file when its
// first object starts at byte 0; with a header line put back in front it rebuilds the cross-reference table as it does
// for any damaged PDF. Both pdf.js readers (the extractor, and the window's page viewer) open the bytes through this.
// Pure TypeScript over Uint8Array: no Node, no DOM.

const SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** Readers accept the header behind up to 1 KB of junk. */
const HEADER_WINDOW = 1024;
const RESTORED_HEADER = new TextEncoder().encode('%PDF-1.7\n');

export function hasPdfHeader(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - SIGNATURE.length, HEADER_WINDOW);
  for (let i = 0; i <= end; i++) {
    if (SIGNATURE.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/** The bytes as pdf.js should get them: unchanged when they have a header, else a copy with one in front. */
export function withPdfHeader(bytes: Uint8Array): Uint8Array {
  if (hasPdfHeader(bytes)) return bytes;
  const out = new Uint8Array(RESTORED_HEADER.length + bytes.length);
  out.set(RESTORED_HEADER, 0);
  out.set(bytes, RESTORED_HEADER.length);
  return out;
}
