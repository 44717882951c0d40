// Turns the bytes of a text-like file (txt, md, csv, html) into a string.
// Order of trust: a byte-order mark, then strict UTF-8, then a charset the file declares (HTML <meta>),
// then the legacy code page that decodes most plausibly. Files in the wild are mostly UTF-8; the rest are legacy code pages
// (Shift-JIS, Windows-1252…) that only a detector can tell apart.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** The encoding that was used, as iconv-lite names it. */
  encoding: string;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/**
 * UTF-16 saved without a BOM still shows itself: mostly-ASCII text puts a NUL in every other byte.
 * Returns the byte order when that pattern holds over the sample.
 */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** A NUL byte outside UTF-16 means the file is not text at all. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes) || bomlessUtf16(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** `<meta charset=…>` or `<meta http-equiv content="…; charset=…">` within the first 4 KB. */
export function declaredHtmlCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (!m) return null;
  const name = m[1].toLowerCase();
  // A page saved as UTF-16 cannot be read this far as ASCII, so such a declaration is a leftover; ignore it.
  if (name.startsWith('utf-16')) return null;
  return iconv.encodingExists(name) ? name : null;
}

export function decodeText(bytes: Uint8Array, options: { declared?: string | null } = {}): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.encoding), encoding: bom.encoding };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: iconv.decode(Buffer.from(bytes), utf16), encoding: utf16 };
  // Valid UTF-8 beats a declared charset: legacy text almost never forms valid multi-byte sequences by
  // accident, while pages re-saved as UTF-8 often keep their old <meta charset=gb2312>.
  try {
    return { text: utf8Strict.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: the declaration, else detection
  }
  if (options.declared) return { text: iconv.decode(Buffer.from(bytes), options.declared), encoding: options.declared };
  const encoding = detectLegacyEncoding(bytes);
  return { text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}

/** Tried after chardet's own guesses: it is weak on short files, and these cover most legacy text. */
const FALLBACK_ENCODINGS = ['windows-1252', 'cp932', 'gbk', 'big5', 'euc-kr', 'euc-jp', 'windows-1251'];

function normalizeEncodingName(name: string): string {
  const n = name.toLowerCase();
  // chardet says ISO-8859-1 for Western text that also uses 0x80–0x9F (curly quotes, €): Windows-1252
  // is the superset that reads both. Shift_JIS likewise becomes Windows' cp932 (which has 髙 and friends).
  if (n === 'iso-8859-1' || n === 'ascii') return 'windows-1252';
  if (n === 'shift_jis' || n === 'shift-jis') return 'cp932';
  if (n === 'gb18030' || n === 'gb2312') return 'gbk';
  return n;
}

/**
 * chardet ranks candidates statistically, which needs a few hundred bytes; a 70-byte Shift-JIS CSV
 * comes back as "windows-1252". So every candidate is decoded and the one whose result looks least
 * like mojibake wins, chardet's order breaking ties.
 */
function detectLegacyEncoding(bytes: Uint8Array): string {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1 << 16));
  const candidates: string[] = [];
  for (const m of chardet.analyse(sample).slice(0, 6)) {
    const name = normalizeEncodingName(m.name);
    if (iconv.encodingExists(name) && !name.startsWith('utf') && !candidates.includes(name)) candidates.push(name);
  }
  for (const name of FALLBACK_ENCODINGS) if (!candidates.includes(name)) candidates.push(name);

  let best = candidates[0];
  let bestScore = Infinity;
  for (const name of candidates) {
    const score = mojibakeScore(iconv.decode(sample, name));
    if (score < bestScore) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/**
 * How wrong a decoding looks: undecodable bytes and control codes weigh heavily; characters that
 * real text rarely holds but misread bytes often produce (¼ ¾ Š ƒ ˆ, half-width katakana, private
 * use) count once each.
 */
function mojibakeScore(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x80 && c <= 0x9f)) score += 20;
    else if (isOddCharacter(c)) score += 1;
  }
  return score;
}

const ODD_LATIN1 = new Set([0xa4, 0xa6, 0xa8, 0xaa, 0xac, 0xaf, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe]);
const ODD_WINDOWS = new Set([0x0160, 0x0161, 0x017d, 0x017e, 0x0178, 0x0192, 0x02c6, 0x02dc, 0x2030, 0x2039, 0x203a, 0x2020, 0x2021]);

function isOddCharacter(c: number): boolean {
  return ODD_LATIN1.has(c) || ODD_WINDOWS.has(c) || (c >= 0xff61 && c <= 0xff9f) || (c >= 0xe000 && c <= 0xf8ff);
}

/**
 * Share of characters that are control codes no text file contains; decoded garbage (a binary
 * file named .txt) is full of them.
 */
export function controlCharRatio(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return bad / n;
}
