// What names a document as a whole: the words of its file's name, its first line where that is short enough to be a
// title, and whom the lines under the title say it is for. Every sentence of the document is about these, so they are
// lent to all of them (answer-sentences.ts). Pure functions: no I/O.
import type { AnswerSource } from './answer-types';
import { terms } from '../embeddings/lexical-terms';
import { contentTerms } from './function-words';
import { readableText } from './readable-text';
import { withDocumentSynonyms } from './record-fields';
import { baseStem } from './word-forms';

/** The words of a file's name, without its extension or folder marks: "ars-1/TechMart_receipt.pdf" → ars, 1, techmart, receipt. */
export function fileNameStems(fileName: string): Set<string> {
  const words = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_.\/-]+/g, ' ');
  // …read as the question is, short forms too, and with the other words for its kind: "vet" and "invoice" of
  // "vet-invoice-biscuit.csv" are what "What was the total vet bill?" asks about.
  return withDocumentSynonyms(new Set([...terms(words).map((t) => baseStem(t.stem)), ...contentTerms(words).map((t) => t.stem)]));
}

/** A document's first line names it when it is this short ("TECHMART ELECTRONICS", "Employee Handbook"). */
const MAX_TITLE_LINE = 80;
/**
 * What kind of document a title says it is, not what it is about: "Quick Guide", "Owner's Manual", "Quick Start
 * Guide". Lent to every sentence of the document, "quick" of "AquaClean DW-45 Dishwasher — Quick Guide" made "Clean the
 * filter once a week." answer "How long does the quick wash take?" before the Quick programme's row.
 */
export const DOCUMENT_KIND = /\b(?:quick[- ]?start|quick|user['’]?s?|owner['’]?s?|instruction|reference|operating|installation)\s+(?:guide|manual|card|sheet|instructions)\b/giu;

/**
 * What names each file, by file id: the words of its name without the extension ("TechMart_receipt-2024.pdf" →
 * techmart, receipt, 2024), and those of its first line where a passage holds the document's start (a receipt's
 * "TECHMART ELECTRONICS" over a file named "RECEIPT-2024-98765.pdf"), read by `stemsOf` as the question is read.
 */
export function titleStems(
  sources: ReadonlyArray<Pick<AnswerSource, 'fileId' | 'fileName' | 'page' | 'start' | 'text'>>,
  stemsOf: (text: string) => string[] = (text) => contentTerms(text).map((t) => t.stem),
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of sources) {
    const stems = out.get(s.fileId) ?? fileNameStems(s.fileName);
    out.set(s.fileId, stems);
    if (s.page !== 1 || s.start !== 0) continue;
    const [firstLine, ...rest] = s.text.trim().split('\n');
    if (firstLine.length > MAX_TITLE_LINE) continue;
    const following = rest.filter((line) => line.trim());
    // A table's first record opens a file with no title ("Medicine: Ramipril" over "Dose: 5mg" of a CSV, whose next
    // record opens on "Medicine:" again): it names that row, not the file, and lent to every row it made "When do I
    // take Ramipril?" of them all. A title with a colon over a form's fields ("Penalty Charge Notice appeal: decision")
    // is said once.
    const label = FIELD_LINE.test(firstLine) ? firstLine.slice(0, firstLine.indexOf(':')).trim().toLowerCase() : undefined;
    const record = label !== undefined && following.some((line) => line.trim().toLowerCase().startsWith(`${label}:`));
    if (!record) for (const stem of withDocumentSynonyms(new Set(stemsOf(readableText(firstLine).replace(DOCUMENT_KIND, ' '))))) stems.add(stem);
    const opening = (record ? [firstLine, ...following] : following).slice(0, OPENING_LINES);
    for (const name of whoseDocument(opening)) for (const stem of stemsOf(name)) stems.add(stem);
    // Under a letterhead ("Brightwatt Energy"), the line saying what the document is: "Electricity bill".
    const kindLine = opening.find((line) => KIND_LINE.test(line.trim()));
    if (kindLine) for (const stem of withDocumentSynonyms(new Set(stemsOf(kindLine)))) stems.add(stem);
  }
  return out;
}

/**
 * A line naming what kind of document it is, by a short phrase ending on the kind: "Electricity bill", "Tenancy
 * agreement", "Vaccination record", "Order confirmation". Not a sentence, nor a field ("Bill date: 3 July").
 */
const KIND_LINE = /^\p{Lu}[\p{L}\p{N} '’&-]{0,50}\b(?:bill|invoice|statement|receipt|certificate|record|letter|notice|agreement|contract|schedule|confirmation|report|policy|booking|e-?ticket|ticket|quote|quotation|estimate|payslip|prescription|itinerary|reminder|renewal|offer)s?$/u;

/** A form's or a record's line, a short label and its value: "Dose: 5mg", "Patient: Margaret Ellis". */
const FIELD_LINE = /^\s*\p{L}[\p{L}\p{N} ()'’&/-]{0,40}:\s+\S/u;

/** Lines under a document's title that may say whom it is for. */
const OPENING_LINES = 3;
/** "…for Leo Brennan (age 8)", "for Mrs Ana Silva": a booking's, a report's or a prescription's person, named in full. */
const FOR_PERSON = /\bfor\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\b/u;
/**
 * "Patient: Margaret Ellis", "Child: Isla Thompson": a form's line naming whose it is, by two words at most, as the
 * next field may follow on its line ("Employee: Sofia Marin Employee number: 10482").
 */
const WHOSE_LABEL = /^\s*(?:name|full\s+name|patient|child|pupil|student|learner|swimmer|player|member|guest|employee|passenger|customer|client|tenant|resident|policyholder|candidate|participant)\s*:\s*/i;
const NAMED = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)/u;

/**
 * Whom a document is for, as the lines under its title name them: "Thank you for booking Sunnyfields Holiday Club for
 * Leo Brennan (age 8)." makes the booking Leo's, and "What does Leo need to bring?" is asked of all of it, as of its
 * title: its "What to bring" says "A packed lunch, a water bottle…" without his name.
 */
function whoseDocument(lines: readonly string[]): string[] {
  const labelled = (line: string) => {
    const label = WHOSE_LABEL.exec(line);
    return label ? NAMED.exec(line.slice(label[0].length))?.[1] : undefined;
  };
  return lines.flatMap((line) => [FOR_PERSON.exec(line)?.[1], labelled(line)]).filter((name): name is string => name !== undefined);
}
