// The names documents are listed under, told apart. A document is listed by its title (or its file name when it has
// none); two can share a title (the base library's user guide comes as a PDF and as Markdown, both titled "Docent
// user guide"), and a list of look-alike entries gives the reader no way to choose. Where a title is shared, the file
// name is shown after it. Pure TypeScript: no Node, no DOM.

export interface ListedName {
  /** The title, or the file name. */
  name: string;
  /** The file name, when another entry of the list is listed under the same name. */
  file?: string;
}

interface Named {
  fileId: string;
  name: string;
  title?: string;
}

function key(text: string): string {
  return text.trim().toLocaleLowerCase();
}

/** Each document's listed name, by fileId. */
export function listedNames(documents: readonly Named[]): Map<string, ListedName> {
  const base = documents.map((doc) => ({ doc, name: doc.title?.trim() || doc.name }));
  const uses = new Map<string, number>();
  for (const { name } of base) uses.set(key(name), (uses.get(key(name)) ?? 0) + 1);
  const out = new Map<string, ListedName>();
  for (const { doc, name } of base) {
    const shared = (uses.get(key(name)) ?? 0) > 1;
    out.set(doc.fileId, shared && key(name) !== key(doc.name) ? { name, file: doc.name } : { name });
  }
  return out;
}
