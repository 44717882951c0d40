// JSON cannot carry bytes, so every Uint8Array (Buffer included) in a response is sent as `{"$bytes":"<base64>"}`;
// the browser client (renderer/src/platform/wire.ts) turns it back. The two halves are tested round trip.

export const BYTES_KEY = '$bytes';

/** JSON.stringify with Uint8Arrays as `{"$bytes": base64}` markers. */
export function stringifyWireJson(value: unknown): string {
  // `this[key]` is the raw value: a Buffer's toJSON has already run by the time `value` is seen.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, replaced: unknown) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { [BYTES_KEY]: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
    return replaced;
  });
}
