// Whether a file's bytes could be read by OCR, told without reading them as a document: only PDFs and images are, and
// sniff.ts recognises a PDF by `%PDF-` within its first KB or by an object header (`1 0 obj`) near its start. This
// errs towards yes (any `obj` in the first KB), so it is cheap enough for the main thread and never misses one.
import { sniffImage } from './ocr/image-info';

const HEAD = 1024;

export function mayNeedOcr(bytes: Uint8Array): boolean {
  if (sniffImage(bytes)) return true;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEAD));
  return head.indexOf('%PDF-', 0, 'latin1') >= 0 || head.indexOf('obj', 0, 'latin1') >= 0;
}
