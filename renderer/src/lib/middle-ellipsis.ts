// Where a long name is cut for a middle ellipsis: the tail kept whole is the extension and a few characters before it
// (at least TAIL_CHARS), counted in code points so an emoji or a surrogate pair is never split.
const TAIL_CHARS = 10;

export function tailOfName(name: string): [head: string, tail: string] {
  const chars = Array.from(name);
  if (chars.length <= TAIL_CHARS + 4) return [name, ''];
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)).length : 0;
  // A long "extension" is not one (a dotted sentence): keep the usual tail.
  const keep = extension > 0 && extension <= 8 ? Math.max(TAIL_CHARS, extension + 6) : TAIL_CHARS;
  let cut = chars.length - keep;
  // Start the tail on a word, not on the space before it (which would show as a gap after the ellipsis).
  while (cut < chars.length - 1 && /\s/.test(chars[cut])) cut++;
  return [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
}
