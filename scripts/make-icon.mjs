// Draws Docent's app icon (a page with text lines and a highlighted passage) into build/icon.png, 512×512 RGBA.
// Kept as code so the icon can be regenerated without an image editor.
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const size = 512;
const px = Buffer.alloc(size * size * 4);
const set = (x, y, [r, g, b, a]) => px.set([r, g, b, a], (y * size + x) * 4);
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
for (let y = 0; y < size; y++) {
  for (let x = 0; x < size; x++) {
    if (!inRoundRect(x, y, 16, 16, 495, 495, 96)) continue;
    set(x, y, [37, 99, 235, 255]); // background
    if (inRoundRect(x, y, 136, 96, 376, 416, 20)) set(x, y, [248, 250, 252, 255]); // page
    for (const [row, width, mark] of [[150, 180, false], [190, 200, false], [230, 160, true], [270, 190, true], [310, 140, false], [350, 170, false]]) {
      if (mark && x >= 160 && x <= 352 && y >= row - 10 && y <= row + 22) set(x, y, [253, 224, 71, 255]); // highlight
      if (x >= 168 && x <= 168 + width && y >= row && y <= row + 12) set(x, y, [51, 65, 85, 255]); // text line
    }
  }
}
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) px.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(size, 0);
ihdr.writeUInt32BE(size, 4);
ihdr.set([8, 6, 0, 0, 0], 8);
mkdirSync('build', { recursive: true });
writeFileSync('build/icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
console.log('build/icon.png written');
