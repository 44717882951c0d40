// An email saved as text opens with its header: "From:", "To:", "Date:", "Subject:" lines over the message. They say
// who wrote to whom and when, not what the message says: "When is the book club meeting?" asked of "Date: Mon, 7 June
// 2027" / "Subject: June meeting has moved!" got the day the email was sent, and "Where is the meeting?" the "To:"
// line naming the club. Its subject is the message's title. Used by the answerer only. Pure: no I/O.

/** A header's line: its field's name and a colon. */
const HEADER_LINE = /^[ \t]*(?:from|to|cc|bcc|date|sent|subject|reply-to)[ \t]*:/i;
const SUBJECT_LINE = /^[ \t]*subject[ \t]*:/i;
/** Fewer are not a header: a letter's "Date: 3 May" alone is its date, and a form's "To:" line one of its fields. */
const MIN_HEADER_LINES = 2;

/**
 * Where the header a text opens with ends (the first blank line after it), or 0 where it opens with none: at least
 * two of its lines are a header's, and no line before the blank one is anything else.
 */
export function mailHeaderEnd(text: string): number {
  const blank = /\n[ \t]*\n/.exec(text);
  const block = text.slice(0, blank ? blank.index : text.length);
  const lines = block.split('\n').filter((line) => line.trim());
  return lines.length >= MIN_HEADER_LINES && lines.every((line) => HEADER_LINE.test(line)) ? block.length : 0;
}

/** Whether a line of the header is its subject, the message's title. */
export function isSubjectLine(line: string): boolean {
  return SUBJECT_LINE.test(line);
}

/**
 * A question's words about the message itself, which its header answers in none of them: "When was the email sent?"
 * of "Date: Mon, 7 June 2027", "Who sent it?" of "From: Priya Shah". ("from" and "whom" are function words, which
 * the answerer does not weigh.)
 */
const MESSAGE_WORDS = /\b(?:e-?mails?|mail|messages?|sent|send|sender|wrote|write|written|subject|repl(?:y|ied|ies)|received|addressed)\b/gi;

/** The words of MESSAGE_WORDS a question holds, lower-cased: none where it asks nothing of the message. */
export function messageWordsAsked(question: string): string[] {
  return (question.match(MESSAGE_WORDS) ?? []).map((word) => word.toLowerCase());
}
