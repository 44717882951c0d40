// "Summarize X": recognising a request for a summary of one document, and finding which document X names among the
// base library and the session. Shared by every answerer (the extractive summary picks key sentences; a local model
// maps and reduces over the same passages) and by a Summarize action on a document, which names it directly.
// Pure functions: no I/O.
import { foldCase } from '../embeddings/lexical-terms';

/** A document that can be summarised: one of the session's or the base library's. */
export interface SummaryDocument {
  sid: string;
  fileId: string;
  /** The file name as the user sees it. */
  name: string;
  /** The title the format carries, when it has one. */
  title?: string;
}

export interface SummaryRequest {
  /** How the question named the document ("the pandoc essay"); '' for "this document", "it". */
  target: string;
}

// The verb or noun that asks for a summary, then the document. Each pattern's first group is the rest of the question.
// English, French, German, Japanese and Chinese: the languages the window speaks.
const POLITE = String.raw`(?:(?:please|pls|kindly|can you|could you|would you|will you|i(?:'d| would) like(?: you)? to|i want(?: you)? to|let'?s)\s+)*`;
const LEAD_PATTERNS: RegExp[] = [
  new RegExp(String.raw`^\s*${POLITE}(?:summari[sz]e|sum up|recap|outline|condense|digest)\s+(?:me\s+)?(.*)$`, 'i'),
  new RegExp(
    String.raw`^\s*${POLITE}(?:give|write|make|show|provide|get)\s+(?:me\s+|us\s+)?(?:a|an|the)?\s*(?:short|brief|quick|concise|one[- ]paragraph|general|high[- ]level)?\s*(?:summary|summarization|summarisation|overview|synopsis|outline|recap|abstract|tl;?dr|gist|rundown)\s+(?:of|for|on|about)\s+(.*)$`,
    'i',
  ),
  new RegExp(
    String.raw`^\s*(?:a|an|the)?\s*(?:short|brief|quick|concise|general|high[- ]level)?\s*(?:summary|summarization|summarisation|overview|synopsis|recap|tl;?dr|gist|rundown|key points|main points|main ideas)\s+(?:of|for|on)\s+(.*)$`,
    'i',
  ),
  /^\s*tl;?dr[:,]?\s+(?:of\s+)?(.*)$/i,
  /^\s*what(?:'s| is| are)\s+(?:the\s+)?(?:gist|summary|main points|key points|main ideas|key ideas|key takeaways|main takeaways)\s+(?:of|in|from)\s+(.*)$/i,
  // French
  /^\s*(?:peux-tu\s+|pouvez-vous\s+|merci de\s+)?(?:résume|resume|résumez|resumez|synthétise|synthétisez)(?:[- ]moi)?\s+(.*)$/i,
  /^\s*(?:(?:fais|faites|donne|donnez)(?:[- ]moi)?\s+)?(?:un\s+|le\s+)?(?:résumé|resume|synthèse|aperçu)\s+(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')(.*)$/i,
  // German
  /^\s*(?:bitte\s+)?(?:fasse|fass|fassen sie)\s+(.*?)\s+(?:kurz\s+)?zusammen\b.*$/i,
  /^\s*(?:(?:gib|geben sie)\s+(?:mir\s+)?)?(?:eine\s+)?(?:kurze\s+)?(?:zusammenfassung|übersicht|überblick)\s+(?:von|vom|des|der|über|zu|zum|zur)\s+(.*)$/i,
  // Chinese
  /^\s*(?:请|請)?(?:帮我|幫我)?(?:总结|總結|概括|摘要|概述)(?:一下)?\s*(.*)$/,
];
const TRAIL_PATTERNS: RegExp[] = [
  // Japanese: 「X」を要約して / Xの要約 / Xをまとめて
  /^\s*(.*?)\s*(?:を|の)(?:要約|まとめ|概要)/,
  // Chinese: X的摘要 / X的总结
  /^\s*(.*?)\s*的(?:摘要|总结|總結|概要|概述)/,
];

/** "What is X about?": a summary only when X names a document (checked by the caller through resolution). */
const ABOUT_PATTERN = /^\s*what(?:'s| is| does)\s+(.+?)\s+(?:about|say|cover|discuss)\s*\??\s*$/i;

const DEICTIC = /^(?:(?:this|that|the|my|our|current|attached|uploaded|above|last|latest|new)\s+)*(?:document|doc|file|pdf|paper|text|article|report|page|one)?s?$|^(?:it|this|that)$/i;
const TRAILING_NOISE = /\s*(?:for me|please|pls|briefly|in (?:a few|one|two|three|\d+) (?:sentences?|paragraphs?|lines?|words|bullet points)|in short|in brief|quickly)\s*$/i;

/**
 * When the question asks for a summary of a document, how it names that document; undefined otherwise. Whether the
 * name matches a document is for `resolveSummaryDocument` to say: "summarize the causes of the war" asks about a
 * topic, and its caller answers it as a question when no document matches.
 */
export function detectSummaryRequest(question: string): SummaryRequest | undefined {
  const q = question.trim().replace(/[?？!！.。]+$/u, '').trim();
  if (!q || q.length > 300) return undefined;
  for (const pattern of [...LEAD_PATTERNS, ...TRAIL_PATTERNS]) {
    const m = pattern.exec(q);
    if (m) return { target: cleanTarget(m[1] ?? '') };
  }
  return undefined;
}

/**
 * "What is X about?" names X; the caller treats it as a summary only when X resolves to a document by name. "What does
 * the kettle warranty not cover?" asks for what it leaves out, not for a summary of it.
 */
export function detectAboutRequest(question: string): SummaryRequest | undefined {
  const m = ABOUT_PATTERN.exec(question.trim());
  return m && !/\s(?:not|never)$/i.test(m[1]) ? { target: cleanTarget(m[1]) } : undefined;
}

function cleanTarget(raw: string): string {
  let t = raw.trim().replace(/^[«“"'「『(]+|[»”"'」』)]+$/gu, '').trim();
  for (let i = 0; i < 3; i++) t = t.replace(TRAILING_NOISE, '').replace(/[,;:.\s]+$/, '').trim();
  if (DEICTIC.test(t)) return '';
  t = t.replace(/^(?:the|a|an)\s+/i, '');
  return t;
}

/** Lower-cased words of a name: "twenty-years-of-pandoc.md" → ["twenty", "years", "of", "pandoc", "md"]. */
function nameWords(text: string): string[] {
  return foldCase(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const NAME_STOP = new Set(['the', 'a', 'an', 'of', 'and', 'on', 'in', 'for', 'to', 'le', 'la', 'les', 'de', 'du', 'des', 'der', 'die', 'das', 'von']);
/** Words that say what kind of document it is ("the pandoc essay", "the PDF"): they neither name nor exclude one. */
const KIND_WORDS = new Set(['document', 'documents', 'doc', 'docs', 'file', 'files', 'paper', 'report', 'essay', 'article', 'book', 'guide', 'notes', 'slides', 'deck', 'spreadsheet', 'sheet', 'page', 'text', 'letter', 'memo', 'chapter', 'pdf', 'docx', 'doc', 'md', 'markdown', 'txt', 'html', 'htm', 'csv', 'pptx', 'xlsx', 'ods', 'odt', 'epub', 'rtf', 'png', 'jpg', 'jpeg', 'tif', 'tiff', 'webp', 'gif', 'bmp']);

function edits(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/** Two words name the same thing: equal, one a prefix of the other (4+ letters), or one typo apart (5+ letters). */
function wordsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = a.length <= b.length ? b : a;
  if (short.length >= 4 && long.startsWith(short)) return true;
  return short.length >= 5 && edits(a, b, 1) <= 1;
}

/** How well `target` names `doc`, 0..1: the share of the target's words found in the document's name or title. */
export function nameMatchScore(target: string, doc: SummaryDocument): number {
  const wanted = nameWords(target).filter((w) => !NAME_STOP.has(w));
  if (wanted.length === 0) return 0;
  const fullName = foldCase(doc.name);
  const bare = fullName.replace(/\.[a-z0-9]{1,5}$/, '');
  const t = foldCase(target).trim();
  if (t === fullName || t === bare) return 1;
  const have = [...nameWords(doc.name), ...nameWords(doc.title ?? '')].filter((w) => !NAME_STOP.has(w));
  let found = 0;
  for (const w of wanted) {
    if (have.some((h) => wordsMatch(w, h))) found += 1;
    // "the pdf" or "the essay" only says what kind of document it is: half credit, so it neither names nor excludes.
    else if (KIND_WORDS.has(w)) found += 0.5;
  }
  const spelledOut = wanted.filter((w) => !KIND_WORDS.has(w)).length;
  if (spelledOut === 0) return 0;
  return found / wanted.length;
}

/** Below this share of its words found in a name, a target does not name that document. */
const MIN_NAME_MATCH = 0.6;

/**
 * The one document `target` names among `documents` (session documents first, then the base library), or none when it
 * names none or several equally well. An empty target ("summarize this document") means the session's only document.
 */
export function resolveSummaryDocument(target: string, documents: readonly SummaryDocument[], sessionSid?: string): SummaryDocument | undefined {
  if (!target) {
    const own = documents.filter((d) => d.sid === sessionSid);
    if (own.length === 1) return own[0];
    return documents.length === 1 ? documents[0] : undefined;
  }
  const scored = documents.map((doc) => ({ doc, score: nameMatchScore(target, doc) })).filter((s) => s.score >= MIN_NAME_MATCH);
  if (scored.length === 0) return undefined;
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (second && second.score >= best.score - 1e-9) {
    // A tie: the session's own document wins over the base library's; two of the session's own stay ambiguous.
    const own = scored.filter((s) => s.score >= best.score - 1e-9 && s.doc.sid === sessionSid);
    return own.length === 1 ? own[0].doc : undefined;
  }
  return best.doc;
}

/**
 * The document a question asks to summarise, if it asks for one that exists: "Summarize X", "overview of X" with X
 * resolved by name; "What is X about?" only when X names a document outright.
 */
export function summaryTarget(question: string, documents: readonly SummaryDocument[], sessionSid?: string): SummaryDocument | undefined {
  const request = detectSummaryRequest(question);
  if (request) return resolveSummaryDocument(request.target, documents, sessionSid);
  const about = detectAboutRequest(question);
  if (about?.target) return resolveSummaryDocument(about.target, documents, sessionSid);
  return undefined;
}
