// Typesets the user guide (resources/base-docs/docent-user-guide.md) as a short PDF in the same folder, so the base
// library answers with page citations from the first question. Plain PDF 1.4 with the standard Helvetica fonts: no
// tool beyond Node is needed, and `npm run make:guide-pdf` regenerates it after the guide changes.
import { readFileSync, writeFileSync } from 'node:fs';

const source = 'resources/base-docs/docent-user-guide.md';
const target = 'resources/base-docs/docent-user-guide.pdf';
const PAGE_W = 612, PAGE_H = 792, MARGIN = 64, LINES_PER_PAGE = 46, LEADING = 14.5, WRAP = 92;

// Helvetica in WinAnsiEncoding covers ASCII; typographic punctuation is folded to ASCII.
const ascii = (s) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').replace(/[^\x20-\x7e\n]/g, '');
const escape = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);

function wrap(text, width) {
  const out = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

// Markdown blocks → typeset lines: [font, size, text].
const lines = [];
for (const block of readFileSync(source, 'utf8').split(/\n\s*\n/)) {
  const text = ascii(block.trim());
  if (!text) continue;
  if (text.startsWith('# ')) lines.push(['F2', 20, text.slice(2)], ['F1', 11, '']);
  else if (text.startsWith('## ')) lines.push(['F1', 11, ''], ['F2', 14, text.slice(3)]);
  else if (text.startsWith('- ')) for (const item of text.split(/\n(?=- )/)) wrap(item.replace(/\n\s*/g, ' '), WRAP - 2).forEach((l, i) => lines.push(['F1', 11, i ? `   ${l}` : l]));
  else wrap(text.replace(/\n/g, ' '), WRAP).forEach((l) => lines.push(['F1', 11, l]));
  lines.push(['F1', 11, '']);
}

const pages = [];
for (let i = 0; i < lines.length; i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));

const objects = [];
const add = (body) => objects.push(body) && objects.length;
const catalog = add('');
const pagesObj = add('');
const font1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
const font2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
const kids = [];
pages.forEach((pageLines, p) => {
  let y = PAGE_H - MARGIN;
  const ops = [];
  for (const [font, size, text] of pageLines) {
    if (text) ops.push(`BT /${font} ${size} Tf ${MARGIN} ${y.toFixed(1)} Td (${escape(text)}) Tj ET`);
    y -= size > 11 ? LEADING + (size - 11) : LEADING;
  }
  ops.push(`BT /F1 9 Tf ${PAGE_W / 2 - 30} 36 Td (Docent user guide - ${p + 1}) Tj ET`);
  const stream = ops.join('\n');
  const content = add(`<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`);
  kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 ${font1} 0 R /F2 ${font2} 0 R >> >> /Contents ${content} 0 R >>`));
});
objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
const info = add('<< /Title (Docent user guide) /Producer (Docent scripts/make-guide-pdf.mjs) >>');

let pdf = '%PDF-1.4\n';
const offsets = [];
objects.forEach((body, i) => {
  offsets.push(Buffer.byteLength(pdf));
  pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
});
const xref = Buffer.byteLength(pdf);
pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
pdf += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
writeFileSync(target, pdf, 'latin1');
console.log(`${target}: ${pages.length} pages`);
