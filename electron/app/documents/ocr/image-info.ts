// Recognises the raster images Docent reads by OCR (PNG, JPEG, TIFF) from their bytes, and reads their
// size from the header so word boxes can be given in the image's own pixels without decoding it.

export type ImageFormat = 'png' | 'jpeg' | 'tiff';

export const IMAGE_MIME: Record<ImageFormat, string> = { png: 'image/png', jpeg: 'image/jpeg', tiff: 'image/tiff' };

export function sniffImage(bytes: Uint8Array): ImageFormat | null {
  if (starts(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts(bytes, [0x49, 0x49, 0x2a, 0x00]) || starts(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return null;
}

/**
 * Width and height as Tesseract sees the image (a JPEG's EXIF rotation by 90° swaps them), or null when
 * the header is cut short or damaged.
 */
export function imageSize(bytes: Uint8Array, format: ImageFormat): { width: number; height: number } | null {
  const size = format === 'png' ? pngSize(bytes) : format === 'jpeg' ? jpegSize(bytes) : tiffSize(bytes);
  if (!size || size.width <= 0 || size.height <= 0) return null;
  if (format === 'jpeg' && exifOrientation(bytes) >= 5) return { width: size.height, height: size.width };
  return size;
}

function starts(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
  if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  const v = view(bytes);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  const v = view(bytes);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = v.getUint16(at + 2);
    // Start-of-frame markers (baseline, progressive, …) carry the size; C4, C8 and CC are not frames.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: v.getUint16(at + 5), width: v.getUint16(at + 7) };
    at += 2 + length;
  }
  return null;
}

function tiffSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 8) return null;
  const v = view(bytes);
  const little = bytes[0] === 0x49;
  const ifd = v.getUint32(4, little);
  if (ifd + 2 > bytes.length) return null;
  const count = v.getUint16(ifd, little);
  let width = 0;
  let height = 0;
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > bytes.length) return null;
    const tag = v.getUint16(entry, little);
    const type = v.getUint16(entry + 2, little);
    // SHORT (3) or LONG (4), stored in the entry itself.
    const value = type === 3 ? v.getUint16(entry + 8, little) : v.getUint32(entry + 8, little);
    if (tag === 256) width = value;
    else if (tag === 257) height = value;
  }
  return width && height ? { width, height } : null;
}

/**
 * The EXIF orientation exactly as tesseract.js finds it (it scans the first 500 bytes for the
 * big-endian Orientation entry and rotates the image by it), so our size matches the image it reads.
 */
function exifOrientation(bytes: Uint8Array): number {
  const head = bytes.subarray(0, 500);
  const entry = [0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00];
  for (let i = 0; i + entry.length < head.length; i++) {
    if (entry.every((b, j) => head[i + j] === b)) {
      const value = head[i + entry.length];
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}
