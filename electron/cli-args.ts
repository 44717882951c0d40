// The CLI's command line, parsed with node:util's parseArgs, with one thing it cannot do by itself: a session id is
// base64url, so some begin with "-" (`-5TCakh…`), and parseArgs takes those for options (`--session -5TC…` fails with
// "use --session=-XYZ", `sessions end -5TC…` with "Unknown option '-5'"). A token that is exactly a session id is
// never an option of this CLI (none is 22 characters of base64url), so such tokens are shielded from parseArgs and
// given back verbatim, wherever they stand.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { SID_PATTERN } from '../shared/ids';

type Options = NonNullable<ParseArgsConfig['options']>;

const SHIELD = '\u0000docent-arg:';

export function parseCliArgs<O extends Options>(argv: string[], options: O) {
  const shielded: string[] = [];
  const args = argv.map((arg) => {
    if (!arg.startsWith('-') || !SID_PATTERN.test(arg)) return arg;
    shielded.push(arg);
    return `${SHIELD}${shielded.length - 1}`;
  });
  const restore = (value: string): string => (value.startsWith(SHIELD) ? shielded[Number(value.slice(SHIELD.length))] : value);
  const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  const values = Object.fromEntries(
    Object.entries(parsed.values).map(([key, value]) => [key, typeof value === 'string' ? restore(value) : Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? restore(v) : v)) : value]),
  ) as typeof parsed.values;
  return { values, positionals: parsed.positionals.map(restore) };
}
