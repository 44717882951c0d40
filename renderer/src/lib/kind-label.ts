// The short label of a document's format badge. Kinds are words ("markdown", "image"); spelled out in capitals beside a
// name in an 800-pixel-wide window, "MARKDOWN" took half the room the name had, so the badge says what a file's
// extension would (MD, TXT, IMG), and a kind without a short form keeps its own word.
const SHORT: Record<string, string> = {
  markdown: 'md',
  text: 'txt',
  image: 'img',
  passage: 'txt',
};

export function kindLabel(kind: string): string {
  return SHORT[kind] ?? kind;
}
