// "Who wrote this paper?" is answered by the names under a paper's title, which never say "author" or "wrote": no
// sentence shares the question's words, so scoring sentences finds nothing or something else. A document's byline is
// found by its shape instead: near the top of its first page, under the title, a line or two of people's names, often
// marked for their affiliations ("Andreas Gal∗+ , Brendan Eich∗ ,"), or a line opened by "By" or "Author:".
// Pure functions: no I/O.
import { contentTerms } from './function-words';
import type { AnswerSource } from './answer-types';
import { fileNameStems } from './document-titles';

/**
 * A question asking who wrote something: "Who wrote this paper?", "Who are the authors?", "Who is the author of the
 * report?", "Qui a écrit cet article ?", "Wer hat den Bericht geschrieben?". Returns what it asks about (the words
 * after the question's verb: "this paper", "the report", "" for none), or undefined for any other question. "What does
 * the author say about X?" is not one: it asks about X.
 */
export function authorshipAsked(question: string): string | undefined {
  const q = question.trim().replace(/[?？.!]+$/, '');
  const m =
    /^who\s+(?:(?:has|have|had)\s+)?(?:wrote|written|authored|penned|writes)\b(.*)$/i.exec(q) ??
    /^(?:who|what)\s+(?:is|are|was|were)\s+(?:the\s+)?(?:names?\s+of\s+the\s+)?(?:authors?|writers?)(?!['’])\b(?:\s+of\b)?(.*)$/i.exec(q) ??
    /^(?:who|what)\s+(?:is|are|was|were)\s+(?:the\s+)?(?:authors?|writers?)['’]s?\s+names?\b(.*)$/i.exec(q) ??
    /^(?:(?:name|list)\s+)?the\s+authors?\s+of\b(.*)$/i.exec(q) ??
    /^(?:by\s+whom\s+(?:was|were|is)\b(.*?)\s*written|qui\s+a\s+écrit\b(.*)|qui\s+(?:est|sont)\s+(?:l['’]auteur|les\s+auteurs)\b(?:\s+de\b)?(.*)|wer\s+hat\b(.*?)\s+(?:geschrieben|verfasst)|wer\s+(?:schrieb|verfasste)\b(.*)|wer\s+(?:ist|sind)\s+(?:der|die)\s+autor(?:in|en)?\b(.*))$/i.exec(q);
  if (!m) return undefined;
  return (m.slice(1).find((g) => g !== undefined) ?? '').trim();
}

/** What a question names when it names a document itself, not a work the document speaks of. */
const DOCUMENT_WORDS = new Set(
  contentTerms(
    'paper papers article articles document report book essay study thesis text file post piece review note letter chapter work this ' +
    'rapport livre texte etude artikel bericht buch dokument aufsatz studie arbeit',
  ).map((t) => t.stem),
);

/**
 * Whether "who wrote <about>" asks about the document whose name (file name, title line) has these stems: it names
 * nothing ("Who are the authors?"), a document by a common noun ("this paper", "the report"), or by words of its own
 * name ("Who wrote Free Culture?", "the Ars Technica article" of ars-1.html). "Who wrote the Iliad?" asked of a history
 * of Greece is not: its byline, if any, names the historian.
 */
export function asksAboutDocument(about: string, nameStems: ReadonlySet<string>): boolean {
  const words = ownWords(about);
  return words.length === 0 || words.some((s) => nameStems.has(s));
}

/** Whether what "who wrote <about>" asks about names the document of this name by a word of its own ("the Medium post"). */
export function namesDocument(about: string, name: string): boolean {
  const stems = fileNameStems(name);
  return ownWords(about).some((s) => stems.has(s));
}

/** The words of what a question asks about, but for the common nouns of documents ("paper", "report"). */
function ownWords(about: string): string[] {
  return contentTerms(about).map((t) => t.stem).filter((s) => !DOCUMENT_WORDS.has(s));
}

/** Most lines from the top of a document's first page where a byline is looked for. */
const BYLINE_WITHIN_LINES = 12;
/** Longest line read as a byline: beyond this it is prose. */
const MAX_BYLINE_LINE = 200;

/** Words that are never part of a person's name: organisations, addresses, a document's headings. */
const NOT_NAMES = new Set(
  (
    'corporation corp inc ltd llc gmbh plc company co university universität université institute institut college school department dept ' +
    'laboratory laboratories lab labs center centre group foundation society association press research hospital bank ministry office ' +
    'council court electronics systems services solutions technologies software street avenue road suite building floor ' +
    'abstract summary introduction contents overview chapter part section report table figure appendix preface foreword ' +
    'acknowledgements acknowledgments background conclusion conclusions results methods discussion references keywords ' +
    'page draft version edition volume issue journal proceedings conference workshop copyright rights reserved ' +
    // A letter's salutation and closing: "Dear John Smith," names the one it is written to.
    'dear hi hello attn attention sincerely regards cc re subject ' +
    // Places and a report's subjects, set in capitals as names are ("San Francisco Bay Area", "GLOBAL MARKETS").
    'city bay area county state valley lake park island river beach coast north south east west central global ' +
    'national international annual market markets news world'
  ).split(' '),
);
/** Small words a title's second line or a menu capitalises ("In Sandy Soils", "Contact Us"), never part of a name. */
const TITLE_WORDS = new Set(
  'a an the of in on for with to from by at and or into over under about as is are us me my our your how what why when where who'.split(' '),
);
/** Lower-case words inside a name: "Ludwig van Beethoven", "Leonardo da Vinci". */
const NAME_PARTICLES = new Set('van von der den de da di du la le del della bin ibn al el'.split(' '));

/** A person's name as a byline writes it: two to five words, capitalised or initials, none an organisation's. */
function isPersonName(item: string): boolean {
  const tokens = item.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || tokens.length > 5) return false;
  const capitalised = (t: string) => /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(t);
  if (!capitalised(tokens[0]) || !capitalised(tokens[tokens.length - 1])) return false;
  if (!tokens.every((t) => capitalised(t) || NAME_PARTICLES.has(t))) return false;
  if (tokens.some((t) => NOT_NAMES.has(t.toLowerCase().replace(/\.$/, '')) || TITLE_WORDS.has(t.toLowerCase()))) return false;
  // A word longer than an initial: "M. Okafor" is a name, "R. J." is not.
  return tokens.some((t) => t.replace(/\.$/, '').length >= 2);
}

/** An opening "By", "Author:" or "Written by" says what follows is the byline. */
const BYLINE_LEAD = /^(?:by|written\s+by|authors?\s*:|par|von)\s+/i;
/** Affiliation marks after a name: ∗ + $ # † ‡ § ¶, and figures written right after a letter ("Gal1"). */
const AFFILIATION_MARKS = /[∗*+$#†‡§¶¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=\p{L})\d+/gu;
const HAS_AFFILIATION_MARK = new RegExp(AFFILIATION_MARKS.source, 'u');

/** The names of a byline line, or undefined for a line that is not one. */
function bylineNames(line: string, mayBeTitle: boolean): string[] | undefined {
  const led = BYLINE_LEAD.test(line);
  // The title, or a heading ("#### Better Student Journalism" under a web page's byline).
  if ((mayBeTitle && !led) || /^#{1,6}\s/.test(line)) return undefined;
  // A menu ("News | World | Sport") or a spreadsheet's row ("Chen Wei,Lead Engineer"), not names.
  if (line.includes('|') || /,\S/.test(line.replace(AFFILIATION_MARKS, ''))) return undefined;
  // What follows a dash says where the work appeared, not who wrote it: "M. Okafor, L. Brandt — Journal of Ageing
  // Research, 2026".
  const items = line
    .split(/\s+[—–]\s+/)[0]
    .replace(BYLINE_LEAD, '')
    .replace(AFFILIATION_MARKS, ' ')
    .replace(/(?<=^|[\s(])(?:and|with|et|avec|und|mit)\s+/g, ', ')
    .split(/\s*(?:,|;|&|·|\(|\))\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length > 0 && items.every(isPersonName) ? items : undefined;
}

export interface Byline {
  /** Span of the byline's lines in the text. */
  start: number;
  end: number;
  /** The names, without their affiliation marks. */
  names: string[];
}

/**
 * The byline of a document's opening text (its first page, from the start): the first run of lines of names within
 * its first lines, before its abstract or its prose. The first line is the title unless it opens with "By".
 */
export function bylineOf(opening: string): Byline | undefined {
  let at = 0;
  let found: Byline | undefined;
  /** Lines of the run so far that hold a single name: three or more in a row are a list (a table of contents). */
  let singles = 0;
  let previous = '';
  for (let i = 0; i < BYLINE_WITHIN_LINES && at < opening.length; ) {
    const nl = opening.indexOf('\n', at);
    const end = nl < 0 ? opening.length : nl;
    const raw = opening.slice(at, end);
    const line = raw.trim();
    const lineStart = at + (raw.length - raw.trimStart().length);
    at = end + 1;
    if (!line) {
      if (found) return found; // a blank line ends the byline
      continue;
    }
    // A title wrapped onto the next line ("… Specialization for" / "Dynamic Languages") is not a name.
    const continuesTitle = i > 0 && !found && TITLE_CONTINUES.test(previous);
    const names = line.length <= MAX_BYLINE_LINE && !continuesTitle ? bylineNames(line, i === 0) : undefined;
    i++;
    previous = line;
    if (names) {
      singles = names.length === 1 ? singles + 1 : 0;
      if (singles >= 3) return undefined;
      if (!found) found = { start: lineStart, end: lineStart + line.length, names };
      // A title of a few capitalised words over a line of names ("Neural Machine Translation" / "Jane Doe, John Roe").
      else if (found.names.length === 1 && names.length > 1 && !HAS_AFFILIATION_MARK.test(opening.slice(found.start, found.end))) {
        found = { start: lineStart, end: lineStart + line.length, names };
      } else found = { ...found, end: lineStart + line.length, names: [...found.names, ...names] };
      continue;
    }
    if (found) return found;
    // The abstract, a table of contents or the prose has begun: a byline comes before them.
    if (line.length > MAX_BYLINE_LINE || BODY_STARTS.test(line) || (i > 1 && isProse(line))) return undefined;
  }
  return found;
}

/** A line that opens the body: an abstract, a summary, an introduction, a table of contents. */
const BODY_STARTS = /^(?:abstract|summary|introduction|(?:table\s+of\s+)?contents|résumé|sommaire|zusammenfassung|inhalt)\b/i;
/** A title's line that stops on a small word, so that its next line continues it. */
const TITLE_CONTINUES = /\b(?:for|of|and|the|in|on|to|with|a|an|from|by|at|or)$/i;

/** Prose, not a title or names: four words or more in lower case ("We present an alternative compilation technique"). */
function isProse(line: string): boolean {
  return (line.match(/(?:^|\s)\p{Ll}{3,}/gu) ?? []).length >= 4;
}

/** A letter's closing: "Yours sincerely,", "Best regards,", "Cordialement,", "Mit freundlichen Grüßen". */
const CLOSING =
  /^(?:yours\s+(?:sincerely|faithfully|truly)|sincerely(?:\s+yours)?|(?:with\s+)?(?:best|kind|warm|warmest)\s+regards|regards|best\s+wishes|respectfully(?:\s+yours)?|cordialement|bien\s+à\s+vous|mit\s+freundlichen\s+grüßen|viele\s+grüße|herzliche\s+grüße)[,.!]?$/iu;
/** Lines after the closing where the signer's name is looked for (a blank line or a signature's image between). */
const SIGNATURE_WITHIN_LINES = 3;

/**
 * The signer of a letter in `text` (its end, say): the name on one of the few lines after its closing ("Yours
 * sincerely," / "Mary Jones"). A letter names whom it is written to at its top ("Dear John Smith,") and who wrote it
 * at its foot.
 */
export function signatureOf(text: string): Byline | undefined {
  const lines = linesWithOffsets(text);
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!CLOSING.test(lines[i].line)) continue;
    for (const { line, start } of lines.slice(i + 1, i + 1 + SIGNATURE_WITHIN_LINES)) {
      const name = line.replace(AFFILIATION_MARKS, ' ').trim();
      if (isPersonName(name)) return { start, end: start + line.length, names: [name] };
    }
  }
  return undefined;
}

/** The non-blank lines of a text, trimmed, with where each starts. */
function linesWithOffsets(text: string): Array<{ line: string; start: number }> {
  const out: Array<{ line: string; start: number }> = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0].trim();
    if (line) out.push({ line, start: m.index! + (m[0].length - m[0].trimStart().length) });
  }
  return out;
}

/**
 * The names that answer "who wrote <about>", among the documents the question asks about (by the stems naming each,
 * `nameStems`, by file id), best-ranked first: the byline of a source opening its document (its first page, from the
 * start), or else the signature of a letter in any source.
 */
export function bylineAnswer(question: string, sources: readonly AnswerSource[], nameStems: ReadonlyMap<string, ReadonlySet<string>>): { source: AnswerSource; byline: Byline } | undefined {
  const about = authorshipAsked(question);
  if (about === undefined) return undefined;
  const asked = [...sources].sort((a, b) => a.n - b.n).filter((s) => asksAboutDocument(about, nameStems.get(s.fileId) ?? new Set()));
  const bylines = () => asked.map((source) => ({ source, byline: source.page === 1 && source.start === 0 ? bylineOf(source.text) : undefined }));
  const signatures = () => asked.map((source) => ({ source, byline: signatureOf(source.text) }));
  // "Who wrote this letter?" is asked of a letter, signed at its foot, before any paper with names under its title.
  const order = LETTER_WORDS.test(about) ? [signatures, bylines] : [bylines, signatures];
  for (const found of order) {
    const first = found().find((f) => f.byline);
    if (first) return { source: first.source, byline: first.byline! };
  }
  return undefined;
}

/** Words for a letter, which is signed rather than headed by its author's name. */
const LETTER_WORDS = /\b(?:letters?|e-?mails?|memos?|lettre|brief|schreiben)\b/i;
