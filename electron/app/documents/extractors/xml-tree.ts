// A small XML reader for the parts inside office and e-book containers. Elements are named by their
// local name (the prefix dropped): writers choose prefixes freely (Excel's "x:row" and "row" are the same
// element), while the local names inside one part do not clash. htmlparser2 in XML mode does the parsing;
// streamXml serves parts that can be huge (worksheets), parseXml builds a tree for the small ones.
import { Parser } from 'htmlparser2';

export interface XmlElement {
  /** Local name: "p" for <text:p>, "sldId" for <p:sldId>. */
  name: string;
  /** Attributes as written, prefixes kept ("r:id", "table:name"); read them with attr/prefixedAttr. */
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

export interface XmlHandlers {
  open?(name: string, attrs: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Parses XML text, calling the handlers with local element names; text arrives in pieces. */
export function streamXml(xml: string, handlers: XmlHandlers): void {
  const parser = new Parser(
    {
      onopentag: (name, attrs) => handlers.open?.(localName(name), attrs),
      onclosetag: (name) => handlers.close?.(localName(name)),
      ontext: (text) => handlers.text?.(text),
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}

/** The document element of a small XML part, or throws when there is none. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  streamXml(xml, {
    open(name, attrs) {
      const el: XmlElement = { name, attrs, children: [] };
      stack[stack.length - 1].children.push(el);
      stack.push(el);
    },
    close() {
      if (stack.length > 1) stack.pop();
    },
    text(text) {
      const top = stack[stack.length - 1];
      const last = top.children[top.children.length - 1];
      if (typeof last === 'string') top.children[top.children.length - 1] = last + text;
      else top.children.push(text);
    },
  });
  const doc = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!doc) throw new Error('no XML element found');
  return doc;
}

/** An unprefixed attribute ("id", "href"). */
export function attr(el: XmlElement, name: string): string | undefined {
  return el.attrs[name];
}

/** A namespaced attribute whatever its prefix ("r:id", "table:name"); falls back to the bare name. */
export function prefixedAttr(el: XmlElement, local: string): string | undefined {
  for (const key in el.attrs) {
    const colon = key.indexOf(':');
    if (colon >= 0 && key.slice(colon + 1) === local && key.slice(0, colon) !== 'xmlns') return el.attrs[key];
  }
  return el.attrs[local];
}

export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function firstChild(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** Every descendant element with this local name, in document order. */
export function descendants(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** All text below an element, as written. */
export function textContent(el: XmlElement): string {
  let s = '';
  for (const c of el.children) s += typeof c === 'string' ? c : textContent(c);
  return s;
}
