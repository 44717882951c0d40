// RTF → plain text. No RTF library on npm is both maintained and able to do this in Node (rtf-parser
// and @iarna/rtf-to-html date from 2016–17, rtf.js renders into a browser DOM, rtf-stream-parser only
// de-encapsulates HTML from e-mail RTF), so this is a small converter written to the RTF 1.9 spec:
// groups and control words, \uN Unicode with its \ucN fallback, \'hh bytes in the document's or the
// font's code page (Shift-JIS, GBK, Cyrillic…), destinations that are not text (font and colour
// tables, styles, document info, pictures, field instructions, headers) skipped, tables as "a | b" rows,
// footnotes marked "[1]" in the text and collected at the end as "[1] the note".
import iconv from 'iconv-lite';

export interface RtfText {
  text: string;
  /** \info's \title, when set. */
  title?: string;
  /** Groups still open at the end of the input: more than the outermost one means the file was cut short. */
  openGroups: number;
}

/** Groups whose words are not the document's text. (A group starting with \* is skipped too.) */
const SKIPPED = new Set([
  'colortbl', 'stylesheet', 'pict', 'objdata', 'objclass', 'objname', 'fldinst', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'themedata', 'colorschememapping', 'datastore', 'latentstyles', 'listtable',
  'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'pgdsctbl', 'revtbl', 'filetbl', 'bkmkstart',
  'bkmkend', 'pn', 'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc', 'ftncn', 'aftncn', 'template', 'userprops', 'docvar',
  'xe', 'tc', 'tcn', 'atnid', 'atnauthor', 'atndate', 'atnref', 'annotation', 'protusertbl', 'nonshppict', 'shpinst',
  'sp', 'sn', 'sv', 'picprop', 'blipuid', 'fchars', 'lchars', 'wgrffmtfilter', 'listpicture', 'falt', 'panose',
  'fname', 'oldcprops', 'oldpprops', 'oldtprops', 'oldsprops', 'passwordhash', 'background', 'ud', 'upr',
]);

const SYMBOLS: Record<string, string> = {
  emdash: '\u2014', endash: '\u2013', bullet: '\u2022', lquote: '\u2018', rquote: '\u2019', ldblquote: '\u201c',
  rdblquote: '\u201d', enspace: '\u2002', emspace: '\u2003', qmspace: '\u2005', zwj: '\u200d', zwnj: '\u200c',
  ltrmark: '', rtlmark: '', zwbo: '', zwnbo: '',
};

/** Windows code page of a font's \fcharset. */
const CHARSET_CODEPAGE: Record<number, number> = {
  77: 10000, 128: 932, 129: 949, 130: 1361, 134: 936, 136: 950, 161: 1253, 162: 1254, 163: 1258, 177: 1255,
  178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250, 255: 437,
};

type Dest = 'main' | 'footnote' | 'fonttbl' | 'info' | 'title' | 'listtext' | 'skip';

interface GroupState {
  dest: Dest;
  /** Fallback characters that follow each \uN. */
  uc: number;
  font: number;
  hidden: boolean;
  inTable: boolean;
  /** The group has only just opened: its first control word may name a destination. */
  fresh: boolean;
  /** The group opened with \*: skip it unless its destination is one this converter reads. */
  starred: boolean;
}

class Out {
  text = '';
  afterTable = false;
  write(s: string, inTable: boolean): void {
    if (!s) return;
    if (this.afterTable && !inTable) this.text += '\n';
    this.afterTable = false;
    this.text += s;
  }
}

export function rtfToText(source: string): RtfText {
  const main = new Out();
  const notes: string[] = [];
  let note: Out | null = null;
  let noteMark = '';
  let title = '';
  let listText = '';
  let ansiCodepage = 1252;
  const fontCodepages = new Map<number, number>();
  let fontDefining = -1;
  let noteCount = 0;
  /** A \chftn in the text just numbered the footnote that follows. */
  let pendingMark: string | null = null;

  let st: GroupState = { dest: 'main', uc: 1, font: 0, hidden: false, inTable: false, fresh: false, starred: false };
  const stack: GroupState[] = [];
  let skipFallback = 0;
  let bytes: number[] = [];
  let bytesCodepage = 1252;

  const codepage = () => fontCodepages.get(st.font) ?? ansiCodepage;
  const sink = (): Out | null => (st.dest === 'main' ? main : st.dest === 'footnote' ? note : null);

  const emit = (s: string) => {
    if (!s || st.hidden) return;
    if (st.dest === 'title') title += s;
    else if (st.dest === 'listtext') listText += s;
    else sink()?.write(s, st.inTable);
  };
  const flushBytes = () => {
    if (!bytes.length) return;
    const cp = bytesCodepage;
    const encoding = cp === 10000 ? 'macintosh' : iconv.encodingExists(`cp${cp}`) ? `cp${cp}` : 'cp1252';
    const decoded = iconv.decode(Buffer.from(bytes), encoding);
    bytes = [];
    emit(decoded);
  };
  const pushByte = (b: number) => {
    if (skipFallback > 0) {
      skipFallback--;
      return;
    }
    const cp = codepage();
    if (bytes.length && cp !== bytesCodepage) flushBytes();
    bytesCodepage = cp;
    bytes.push(b);
  };
  const text = (s: string) => {
    flushBytes();
    emit(s);
  };
  const paragraph = () => text(st.inTable ? ' ' : '\n\n');

  const controlWord = (word: string, param: number | null) => {
    const fresh = st.fresh;
    st.fresh = false;
    if (word !== 'u' && word !== 'bin') skipFallback = 0;
    if (st.dest === 'skip') return;
    if (st.dest === 'fonttbl') {
      if (word === 'f' && param !== null) fontDefining = param;
      else if (word === 'fcharset' && param !== null && CHARSET_CODEPAGE[param] && fontDefining >= 0)
        fontCodepages.set(fontDefining, CHARSET_CODEPAGE[param]);
      else if (word === 'cpg' && param !== null && fontDefining >= 0 && param !== 0) fontCodepages.set(fontDefining, param);
      else if (SKIPPED.has(word)) st.dest = 'skip';
      return;
    }
    if (fresh) {
      // Pandoc and others write {\*\footnote …}; any other starred destination is unknown here.
      if (SKIPPED.has(word) || (st.starred && word !== 'footnote')) {
        flushBytes();
        st.dest = 'skip';
        return;
      }
      switch (word) {
        case 'fonttbl':
          st.dest = 'fonttbl';
          return;
        case 'info':
          st.dest = 'info';
          return;
        case 'title':
          if (st.dest === 'info') st.dest = 'title';
          return;
        case 'footnote':
          flushBytes();
          if (st.dest !== 'main') {
            st.dest = 'skip';
            return;
          }
          st.dest = 'footnote';
          noteMark = pendingMark ?? String(++noteCount);
          if (!pendingMark) main.write(`[${noteMark}]`, st.inTable);
          pendingMark = null;
          note = new Out();
          st.inTable = false;
          return;
        case 'listtext':
        case 'pntext':
          flushBytes();
          st.dest = 'listtext';
          listText = '';
          return;
      }
    }
    if (st.dest === 'info') return;
    switch (word) {
      case 'ansicpg':
        if (param) ansiCodepage = param;
        return;
      case 'mac':
        ansiCodepage = 10000;
        return;
      case 'pc':
        ansiCodepage = 437;
        return;
      case 'pca':
        ansiCodepage = 850;
        return;
      case 'f':
        flushBytes();
        st.font = param ?? 0;
        return;
      case 'uc':
        st.uc = Math.max(0, param ?? 1);
        return;
      case 'u': {
        flushBytes();
        const code = param === null ? 0xfffd : param < 0 ? param + 65536 : param;
        emit(String.fromCharCode(code));
        skipFallback = st.uc;
        return;
      }
      case 'par':
      case 'sect':
      case 'page':
        paragraph();
        return;
      case 'line':
        text('\n');
        return;
      case 'tab':
        text('\t');
        return;
      case 'cell':
      case 'nestcell': {
        flushBytes();
        const out = sink();
        // The cell's last paragraph mark left a space; the separator replaces it.
        if (out) out.text = out.text.replace(/[ \t]+$/, '');
        text(' | ');
        return;
      }
      case 'row':
      case 'nestrow': {
        flushBytes();
        const out = sink();
        if (out) {
          out.text = out.text.replace(/(?: \| )+$/, '').replace(/ \|\s*$/, '') + '\n';
          out.afterTable = true;
        }
        return;
      }
      case 'intbl':
        st.inTable = true;
        return;
      case 'itap':
        st.inTable = (param ?? 1) > 0;
        return;
      case 'pard':
        st.inTable = false;
        return;
      case 'v':
        flushBytes();
        st.hidden = param !== 0;
        return;
      case 'plain':
        flushBytes();
        st.hidden = false;
        return;
      case 'chftn':
        if (st.dest === 'main') {
          pendingMark = String(++noteCount);
          text(`[${pendingMark}]`);
        }
        return;
    }
    if (word in SYMBOLS) text(SYMBOLS[word]);
  };

  const openGroup = () => {
    flushBytes();
    skipFallback = 0;
    stack.push(st);
    st = { ...st, fresh: true, starred: false };
  };
  let ended = false;
  const closeGroup = () => {
    flushBytes();
    skipFallback = 0;
    const closing = st;
    st = stack.pop() ?? st;
    // The document is the outermost group; what follows it (padding, NULs) is not.
    if (stack.length === 0) ended = true;
    if (closing.dest === 'fonttbl' && st.dest !== 'fonttbl') fontDefining = -1;
    if (closing.dest === 'footnote' && st.dest !== 'footnote' && note) {
      const words = note.text.replace(/\s+/g, ' ').trim();
      if (words) notes.push(`[${noteMark}] ${words}`);
      note = null;
    }
    if (closing.dest === 'listtext' && st.dest !== 'listtext') {
      const marker = listText.replace(/\s+/g, ' ').trim();
      emit(/[\p{L}\p{N}]/u.test(marker) ? `${marker} ` : '- ');
      listText = '';
    }
  };

  const n = source.length;
  let i = 0;
  while (i < n && !ended) {
    const ch = source.charCodeAt(i);
    if (ch === 0x7b /* { */) {
      openGroup();
      i++;
    } else if (ch === 0x7d /* } */) {
      closeGroup();
      i++;
    } else if (ch === 0x5c /* \ */) {
      const next = source[i + 1] ?? '';
      if (/[a-zA-Z]/.test(next)) {
        let j = i + 1;
        while (j < n && j - i <= 32 && isLetter(source.charCodeAt(j))) j++;
        const word = source.slice(i + 1, j);
        let k = j;
        if (source[k] === '-' || isDigit(source.charCodeAt(k))) {
          k++;
          while (k < n && k - j <= 11 && isDigit(source.charCodeAt(k))) k++;
        }
        const param = k > j ? Number.parseInt(source.slice(j, k), 10) : null;
        if (source[k] === ' ') k++;
        i = k;
        if (word === 'bin') {
          // Raw binary follows: its bytes are data, whatever they look like.
          i += Math.max(0, param ?? 0);
          st.fresh = false;
          continue;
        }
        controlWord(word, Number.isNaN(param) ? null : param);
      } else {
        i += 2;
        const fresh = st.fresh;
        st.fresh = false;
        switch (next) {
          case "'": {
            const b = Number.parseInt(source.slice(i, i + 2), 16);
            i += 2;
            if (st.dest === 'skip' || st.dest === 'fonttbl' || st.dest === 'info') break;
            if (!Number.isNaN(b)) pushByte(b);
            break;
          }
          case '*':
            if (fresh) {
              st.starred = true;
              st.fresh = true;
            }
            break;
          case '\\':
          case '{':
          case '}':
            if (skipFallback > 0) skipFallback--;
            else text(next);
            break;
          case '~':
            text('\u00a0');
            break;
          case '_':
            text('\u2011');
            break;
          case '\n':
          case '\r':
            paragraph();
            break;
          default:
            // \- (optional hyphen), \: and \| (index and formula marks) show nothing.
            break;
        }
      }
    } else if (ch === 0x0d || ch === 0x0a) {
      i++;
    } else {
      st.fresh = false;
      if (st.dest === 'skip' || st.dest === 'fonttbl' || st.dest === 'info') {
        i++;
        continue;
      }
      if (ch >= 0x80) pushByte(ch);
      else if (skipFallback > 0) skipFallback--;
      else {
        // Plain runs are most of a document: take them whole.
        let j = i + 1;
        while (j < n) {
          const c = source.charCodeAt(j);
          if (c === 0x5c || c === 0x7b || c === 0x7d || c === 0x0d || c === 0x0a || c >= 0x80) break;
          j++;
        }
        text(source.slice(i, j));
        i = j;
        continue;
      }
      i++;
    }
  }
  flushBytes();

  let body = main.text;
  if (notes.length) body += `\n\n${notes.join('\n')}`;
  body = body
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const t = title.replace(/\s+/g, ' ').trim();
  return { text: body, title: t || undefined, openGroups: stack.length };
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
