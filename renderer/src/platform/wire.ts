// JSON cannot carry bytes, so the browser host sends every Uint8Array as `{"$bytes":"<base64>"}` and this side
// turns it back. The host's half lives in electron/app/web/wire.ts (the renderer may not import electron/).
// Pure TypeScript over DOM-free globals (atob/btoa exist in browsers and in Node ≥16), so tests run it in Node.

export const BYTES_KEY = '$bytes';

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function isBytesMarker(value: object): value is { $bytes: string } {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === BYTES_KEY && typeof (value as Record<string, unknown>)[BYTES_KEY] === 'string';
}

/** Parses a JSON response body from the browser host, turning `{"$bytes":…}` markers back into Uint8Arrays. */
export function parseWireJson(text: string): unknown {
  // A reviver is called for every value: a session of 5,000 documents is ~100,000 of them. Most answers hold no bytes.
  if (!text.includes(`"${BYTES_KEY}"`)) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value) && isBytesMarker(value) ? base64ToBytes(value.$bytes) : value,
  );
}
