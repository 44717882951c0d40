// Reads a catalog message’s ICU structure: which arguments and tags it uses (the window checks that a message from the
// main process has them before wording it, see say.ts), and the literal text a reader would see (for the checks on
// the catalogs, tests/unit/i18n.test.ts and tests/e2e/i18n.test.ts).
import IntlMessageFormat from 'intl-messageformat';

/** The parts of the parser's AST these checks use (intl-messageformat's `TYPE` numbers). */
interface IcuNode {
  type: number;
  value?: string;
  options?: Record<string, { value: IcuNode[] }>;
  children?: IcuNode[];
}
const LITERAL = 0;
const ARGUMENT_TYPES: Record<number, string> = { 1: 'argument', 2: 'number', 3: 'date', 4: 'time', 5: 'select', 6: 'plural' };
const POUND = 7;
const TAG = 8;

/** Parses a message as react-intl will; throws with the parser's reason when the ICU syntax is wrong. */
export function parseMessage(message: string, locale: string): IcuNode[] {
  return new IntlMessageFormat(message, locale).getAst() as unknown as IcuNode[];
}

/** `count:plural`, `name:argument`, `<strong>`: what a message needs from its caller, sorted and unique. */
export function messageSignature(nodes: IcuNode[]): string[] {
  const found = new Set<string>();
  const walk = (list: IcuNode[]) => {
    for (const node of list) {
      if (ARGUMENT_TYPES[node.type]) found.add(`${node.value}:${ARGUMENT_TYPES[node.type]}`);
      if (node.type === TAG) found.add(`<${node.value}>`);
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(nodes);
  return [...found].sort();
}

/** The plural categories (`one`, `other`, `=0` …) of each plural argument, by argument name. */
export function pluralCategories(nodes: IcuNode[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const walk = (list: IcuNode[]) => {
    for (const node of list) {
      if (node.type === 6 && node.value) found.set(node.value, Object.keys(node.options ?? {}));
      for (const option of Object.values(node.options ?? {})) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(nodes);
  return found;
}

/**
 * Runs of literal text a reader sees, cut at every argument, `#` and tag boundary: for
 * `Rename {title}` → ["Rename "]; for `{count, plural, one {# page} other {# pages}}` → [" page", " pages"].
 */
export function literalFragments(nodes: IcuNode[]): string[] {
  const fragments: string[] = [];
  let run = '';
  const cut = () => {
    if (run) fragments.push(run);
    run = '';
  };
  const walk = (list: IcuNode[]) => {
    for (const node of list) {
      if (node.type === LITERAL) run += node.value ?? '';
      else if (node.type === POUND || ARGUMENT_TYPES[node.type]) {
        cut();
        for (const option of Object.values(node.options ?? {})) {
          walk(option.value);
          cut();
        }
      } else if (node.type === TAG) {
        cut();
        walk(node.children ?? []);
        cut();
      }
    }
  };
  walk(nodes);
  cut();
  return fragments;
}
