// A messaging app's export, one message a line, each stamped with its date, time and sender: WhatsApp writes
// "[14/05/2027, 19:02] Mum: Right, Grandad's 80th!" on iPhones and "14/05/2027, 19:02 - Mum: Right…" on Android. Each
// message is said as one (sentences.ts keeps a short one whole: "I'll make the cake. Lemon drizzle, his favourite."),
// never as the end of the one before ("What's the dress code?" then "Mum: Smart casual."), and its date and time stamp
// is no part of what it says: the sender is, as who said it.

const DATE = String.raw`\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?`;

/** The stamp opening a message's line, up to its sender's name ("[14/05/2027, 19:02] "), before "Mum: …". */
export const MESSAGE_STAMP = new RegExp(String.raw`^[ \t]*(?:\[${DATE},?\s+${TIME}\]|${DATE},?\s+${TIME}\s+[-–])\s+(?=[^:\n]{1,40}:\s)`, 'u');

/** The line without its stamp's date and time: "Mum: Right, Grandad's 80th!". Any other line as it is. */
export function withoutMessageStamp(line: string): string {
  return line.replace(MESSAGE_STAMP, '');
}
