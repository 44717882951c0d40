// Which stored images the window can draw. Chromium decodes PNG and JPEG but not TIFF, and the stored copy carries no
// MIME type the renderer can trust, so the bytes' own signature decides.

/** The MIME type to give the image's Blob, or null when Chromium cannot show it (TIFF, or not an image we know). */
export function previewableImageType(bytes: Uint8Array): 'image/png' | 'image/jpeg' | null {
  const starts = (...sig: number[]) => bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  return null;
}
