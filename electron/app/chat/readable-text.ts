// A quoted sentence as a person reads it: without the markup of its source (XML and HTML tags, Markdown marks, list
// bullets, table pipes), without the source's own bracketed reference numbers (which would read as Docent's [n]
// markers), on one line. The citation keeps the raw span, so the source panel still highlights the text as written.
// Pure functions: no I/O.
import { withoutMessageStamp } from './messaging-export';

const XML_DECLARATION = /<\?[\s\S]*?\?>|<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[|\]\]>|<!DOCTYPE[^>]*>/gi;
/** A tag: `<name attr="v">`, `</name>`, `<ns:name/>`. "x < 5 and y > 3" is not one: a tag starts with a letter. */
const TAG = /<\/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*\s*\/?>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”' };
const ENTITY = /&(?:#(\d{1,6})|#x([0-9a-f]{1,6})|([a-z]{2,8}));/gi;

/** A source's own reference marker: "[12]", "[3, 4]", "[5–7]", "[^1]" (Markdown footnotes); not a link's "[text](url)". */
export const REFERENCE = /\[(?:\^[\w-]+|\d{1,4}(?:\s*[,;–-]\s*\d{1,4})*)\](?!\()/;
const REFERENCE_MARKER = new RegExp(`\\s*${REFERENCE.source}`, 'g');

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec || hex) {
      const code = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

// "(3) Return the form" and "(1) 2 cups of flour" are items; "(415) 555-0199" is a telephone number.
const ITEM = /^\s*(?:[-*+•·◦▪‣–]|\d{1,3}[.)]|[a-zA-Z][.)]|\(\d{1,3}\)(?!\s+\d{3}[-.\s]\d{4}\b)|\([a-z]\))\s+(?:\[[ xX]\]\s+)?/;
/** A bullet, without the numbers and letters that ITEM also takes for list marks. */
const BULLET = /^\s*[-*+•·◦▪‣–]\s+(?:\[[ xX]\]\s+)?/;
/**
 * A capital and a full stop before a capitalised word, within a line: a name's initial ("…the waiting list. P. Sharma
 * will…"). At a line's start it is read as an outline's letter ("B. Safety instructions").
 */
const INITIAL = /^\s*[A-Z]\.\s+\p{Lu}/u;

/** A Markdown table's alignment row, "| --- | :---: |", under its header: no words of its own. */
export const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/**
 * A line that stops on a small word runs on into the next: "…cheap and the" + "Second Edition: …". Not the small
 * word ending a compound: "Check-in", "Add-on" and "Drop-off" are headings.
 */
export const TRAILING_FUNCTION_WORD = /(?<![-‐])\b(?:a|an|the|of|to|in|on|at|by|for|with|from|and|or|but|as|that|which|is|are|was|were|be|has|have|had)$/i;

/**
 * A form's field on a line of its own: "Primary Contact: Sarah Johnson", "Saturday: 10am to 2pm", "port: 5432". Its
 * label is a few words opening on a capital, or one lower-case key, so a wrapped line of prose ("tired. Note: consult…",
 * "second is fast: pick one") is none.
 */
function isField(line: string): boolean {
  const label = /^\s*(\p{Lu}[^:\n.!?]{0,30}):\s+\S/u.exec(line)?.[1];
  return (label !== undefined && label.trim().split(/\s+/).length <= 4) || KEY_LINE.test(line);
}

/** A setting's or a record's "key: value" line, its key one word in lower case: "port: 5432", "author: Dana Whitfield". */
export const KEY_LINE = /^\s*[a-z_][\w.-]{0,30}:\s+\S/;

/**
 * Markdown and list marks at the start of a line: headings, quotes, bullets, numbered items, fences, rules. `opensLine`
 * false for a sentence that starts within its line: "…waiting list. P. Sharma will contact…" opens on an initial,
 * not on an outline's letter.
 */
function cleanLine(line: string, opensLine = true): { text: string; item: boolean } {
  let l = withoutMessageStamp(line);
  if (/^\s*(?:```|~~~|:::)/.test(l)) return { text: '', item: false }; // code fences and Pandoc fenced divs
  if (/^\s*(?:[-*_=]\s*){3,}$/.test(l)) return { text: '', item: false }; // horizontal rules and setext underlines
  if (TABLE_RULE.test(l)) return { text: '', item: false };
  const marks = opensLine || !INITIAL.test(l) ? ITEM : BULLET;
  let item = marks.test(l);
  l = l.replace(/^\s{0,3}#{1,6}\s+/, '').replace(/\s+#+\s*$/, ''); // ATX headings
  l = l.replace(/^\s*(?:>\s*)+/, ''); // block quotes
  l = l.replace(marks, ''); // bullets, numbers, tasks
  l = l.replace(/^\s*\[[ xX]\]\s+/, ''); // a task's box where the bullet before it is gone (a step's text)
  if (/^\s*\|.*\|\s*$/.test(l)) {
    item = true;
    // A table row: its cells, separated the way a sentence would list them.
    l = l
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean)
      .join(', ');
  }
  return { text: l, item };
}

/** Inline Markdown: links and images keep their words, emphasis and code marks go, escapes are undone. */
function cleanInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1') // [text](url)
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/<((?:https?|mailto|ftp):[^>\s]+)>/g, '$1') // <http://…>
    .replace(/\{[#.][^}]*\}/g, '') // Pandoc attributes {#id .class}
    .replace(/(`+)([^`]*?)\1/g, '$2') // inline code
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2') // strong
    .replace(/(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]*?\S)\2(?![\p{L}\p{N}])/gu, '$1$3') // emphasis, not snake_case
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1') // strikethrough
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1'); // escapes
}

/**
 * The sentence as a person reads it, on one line. Words and their order are kept; only marks go. The source's own
 * "[12]" references go too, so the only bracketed numbers in an answer are Docent's citation markers.
 */
export function readableText(raw: string, opensLine = true): string {
  let text = raw.replace(XML_DECLARATION, ' ').replace(TAG, ' ');
  // Lines of a list or a table read as a list: "A; B; C" (after a line that ends on its own punctuation, a space), and
  // so do a form's fields, one a line: "Monday: 9 to 5; Saturday: 10 to 2", not "Monday: 9 to 5 Saturday: 10 to 2".
  let joined = '';
  let afterItem = false;
  let afterField = false;
  // Under a line ending on a colon, lines without bullets are its list: "Advisories:" over "Nearside front tyre worn"
  // and "Rear brake discs corroded" reads "…worn; Rear brake discs corroded". Not a sentence wrapped onto the next line,
  // which goes on in lower case or after a small word.
  let introduced = false;
  let afterBare = false;
  for (const { text: line, item } of text.split('\n').map((line, i) => cleanLine(line, opensLine || i > 0))) {
    if (!line.trim()) continue;
    const field = isField(line);
    const bare: boolean = introduced && !item && !field && /^[\p{Lu}\p{N}]/u.test(line.trim());
    const list = (item && afterItem) || (field && afterField && !TRAILING_FUNCTION_WORD.test(joined.trimEnd())) || (bare && afterBare && !TRAILING_FUNCTION_WORD.test(joined.trimEnd()));
    if (joined) joined += list && !/[.!?:;,]\s*$/.test(joined) ? '; ' : '\n';
    joined += line;
    // A wrapped item's next line is still the item: the next bullet starts another one.
    afterItem = item || afterItem;
    afterField = field;
    afterBare = bare;
    introduced = /:\s*$/.test(line) || (bare && !/[.!?](?:\s|$)/.test(line));
  }
  text = joined;
  text = decodeEntities(cleanInline(text));
  text = text.replace(REFERENCE_MARKER, '');
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\(\s*\)/g, '')
    .trim();
}

/**
 * How much of a span is code or symbols rather than words once its markup is gone, 0..1: code and table rules score
 * high and make poor answers; prose wrapped in XML or Markdown does not.
 */
export function markupShare(raw: string): number {
  const text = readableText(raw);
  const letters = text.replace(/\s+/g, '').length;
  if (letters === 0) return 1;
  const symbols = (text.match(/[{}[\]<>=;|\\$`#*_~^/]/g) ?? []).length;
  return Math.min(1, (2 * symbols) / letters);
}
