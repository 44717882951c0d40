// The subset of Hugging Face's tokenizer.json that Model2Vec models use: BERT-style normalisation and pre-tokenisation
// with a WordPiece model (the common case), Unigram with Metaspace (SentencePiece-style models), or WordLevel.
// Written by hand because the JS tokenizer packages pull in onnxruntime or fetch from the hub.
// Anything outside the subset fails loudly at load time, naming the file and the component, rather than embedding wrongly.

type Json = Record<string, any>;

export class TokenizerConfigError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'TokenizerConfigError';
  }
}

type Normalizer = (text: string) => string;
type PreTokenizer = (pieces: string[]) => string[];
type Model = (word: string) => number[];

export class HfTokenizer {
  /** Ids never embedded: special tokens ([CLS], [PAD]…) and the unknown token. */
  readonly skipIds: ReadonlySet<number>;
  readonly vocabSize: number;

  private constructor(
    private readonly normalize: Normalizer,
    private readonly preTokenize: PreTokenizer,
    private readonly model: Model,
    skipIds: Set<number>,
    vocabSize: number,
  ) {
    this.skipIds = skipIds;
    this.vocabSize = vocabSize;
  }

  /** Builds a tokenizer from the parsed tokenizer.json. `file` names the source in error messages. */
  static fromJson(json: Json, file = 'tokenizer.json'): HfTokenizer {
    if (!json || typeof json !== 'object' || !json.model) throw new TokenizerConfigError(file, 'no "model" section');
    const skip = new Set<number>();
    for (const added of json.added_tokens ?? []) if (added.special) skip.add(added.id);
    const { model, vocabSize, unkId } = buildModel(json.model, file);
    if (unkId !== undefined) skip.add(unkId);
    return new HfTokenizer(buildNormalizer(json.normalizer, file), buildPreTokenizer(json.pre_tokenizer, json.model, file), model, skip, vocabSize);
  }

  /** Token ids of a text, without special tokens (Model2Vec encodes with add_special_tokens=False). */
  encode(text: string): number[] {
    const ids: number[] = [];
    for (const piece of this.preTokenize([this.normalize(text)])) {
      if (piece) for (const id of this.model(piece)) ids.push(id);
    }
    return ids;
  }
}

// ---------- normalizers ----------

function buildNormalizer(spec: Json | null | undefined, file: string): Normalizer {
  if (!spec) return (s) => s;
  switch (spec.type) {
    case 'Sequence': {
      const steps = (spec.normalizers as Json[]).map((n) => buildNormalizer(n, file));
      return (s) => steps.reduce((acc, step) => step(acc), s);
    }
    case 'BertNormalizer': {
      const lowercase = spec.lowercase !== false;
      // BERT's rule: accents are stripped when unspecified and lowercasing is on.
      const stripAccentsToo = spec.strip_accents ?? lowercase;
      return (s) => {
        if (spec.clean_text !== false) s = cleanText(s);
        if (spec.handle_chinese_chars !== false) s = spaceChineseChars(s);
        if (stripAccentsToo) s = stripAccents(s);
        if (lowercase) s = s.toLowerCase();
        return s;
      };
    }
    case 'Lowercase':
      return (s) => s.toLowerCase();
    case 'StripAccents':
      return stripAccents;
    case 'NFC':
    case 'NFD':
    case 'NFKC':
    case 'NFKD':
      return (s) => s.normalize(spec.type);
    case 'Strip':
      return (s) => {
        if (spec.strip_left !== false) s = s.replace(/^\s+/, '');
        if (spec.strip_right !== false) s = s.replace(/\s+$/, '');
        return s;
      };
    case 'Replace': {
      const pattern = toRegExp(spec.pattern, file);
      return (s) => s.replace(pattern, spec.content ?? '');
    }
    case 'Prepend':
      return (s) => (s ? spec.prepend + s : s);
    default:
      throw new TokenizerConfigError(file, `normalizer "${spec.type}" is not supported`);
  }
}

function cleanText(s: string): string {
  // Drop NUL, U+FFFD and control characters; every kind of whitespace becomes a plain space.
  return s.replace(/[\u0000\ufffd]|[\p{Cc}\p{Cf}](?<![\t\n\r])/gu, '').replace(/\s/g, ' ');
}

const CHINESE_CHAR = /([\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u{20000}-\u{2a6df}\u{2a700}-\u{2b73f}\u{2b740}-\u{2b81f}\u{2b820}-\u{2ceaf}\u{2f800}-\u{2fa1f}])/gu;
function spaceChineseChars(s: string): string {
  return s.replace(CHINESE_CHAR, ' $1 ');
}

function stripAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{Mn}/gu, '');
}

function toRegExp(pattern: Json, file: string): RegExp {
  if (typeof pattern?.String === 'string') return new RegExp(pattern.String.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gu');
  if (typeof pattern?.Regex === 'string') {
    try {
      return new RegExp(pattern.Regex, 'gu');
    } catch {
      throw new TokenizerConfigError(file, `regex ${JSON.stringify(pattern.Regex)} is not one JavaScript understands`);
    }
  }
  throw new TokenizerConfigError(file, `pattern ${JSON.stringify(pattern)} is not supported`);
}

// ---------- pre-tokenizers ----------

/** BERT's punctuation: ASCII symbols as well as Unicode punctuation. */
function isPunctuation(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) return true;
  return /\p{P}/u.test(ch);
}

function splitPunctuation(word: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of word) {
    if (isPunctuation(ch)) {
      if (current) out.push(current);
      out.push(ch);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

function buildPreTokenizer(spec: Json | null | undefined, model: Json, file: string): PreTokenizer {
  if (!spec) {
    // Unigram models without a pre-tokenizer see the whole text; others at least split on whitespace.
    return model?.type === 'Unigram' ? (pieces) => pieces : (pieces) => pieces.flatMap((p) => p.split(/\s+/));
  }
  switch (spec.type) {
    case 'Sequence': {
      const steps = (spec.pretokenizers as Json[]).map((p) => buildPreTokenizer(p, model, file));
      return (pieces) => steps.reduce((acc, step) => step(acc), pieces);
    }
    case 'BertPreTokenizer':
      return (pieces) => pieces.flatMap((p) => p.split(/\s+/).filter(Boolean).flatMap(splitPunctuation));
    case 'WhitespaceSplit':
      return (pieces) => pieces.flatMap((p) => p.split(/\s+/).filter(Boolean));
    case 'Whitespace':
      return (pieces) => pieces.flatMap((p) => p.match(/\w+|[^\w\s]+/gu) ?? []);
    case 'Punctuation':
      return (pieces) => pieces.flatMap(splitPunctuation);
    case 'Digits':
      return (pieces) => pieces.flatMap((p) => p.match(spec.individual_digits ? /\p{N}|[^\p{N}]+/gu : /\p{N}+|[^\p{N}]+/gu) ?? []);
    case 'Metaspace': {
      const replacement: string = spec.replacement ?? '\u2581';
      const scheme: string = spec.prepend_scheme ?? (spec.add_prefix_space === false ? 'never' : 'always');
      const split = spec.split !== false;
      return (pieces) =>
        pieces.flatMap((p, i) => {
          let s = p.replace(/ /g, replacement);
          if ((scheme === 'always' || (scheme === 'first' && i === 0)) && !s.startsWith(replacement)) s = replacement + s;
          if (!split) return [s];
          // Split before each replacement character, keeping it as the start of the next piece.
          return s.split(new RegExp(`(?=${replacement.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'u')).filter(Boolean);
        });
    }
    default:
      throw new TokenizerConfigError(file, `pre-tokenizer "${spec.type}" is not supported`);
  }
}

// ---------- models ----------

function buildModel(spec: Json, file: string): { model: Model; vocabSize: number; unkId: number | undefined } {
  switch (spec.type) {
    case 'WordPiece':
      return wordPiece(spec, file);
    case 'Unigram':
      return unigram(spec, file);
    case 'WordLevel': {
      const vocab = new Map<string, number>(Object.entries(spec.vocab ?? {}) as Array<[string, number]>);
      const unkId = spec.unk_token !== undefined ? vocab.get(spec.unk_token) : undefined;
      return {
        model: (word) => {
          const id = vocab.get(word) ?? unkId;
          return id === undefined ? [] : [id];
        },
        vocabSize: vocab.size,
        unkId,
      };
    }
    default:
      throw new TokenizerConfigError(file, `tokenizer model "${spec.type}" is not supported (WordPiece, Unigram and WordLevel are)`);
  }
}

function wordPiece(spec: Json, file: string) {
  if (!spec.vocab || typeof spec.vocab !== 'object') throw new TokenizerConfigError(file, 'WordPiece model has no vocab');
  const vocab = new Map<string, number>(Object.entries(spec.vocab) as Array<[string, number]>);
  const prefix: string = spec.continuing_subword_prefix ?? '##';
  const maxChars: number = spec.max_input_chars_per_word ?? 100;
  const unkId = vocab.get(spec.unk_token ?? '[UNK]');
  const model: Model = (word) => {
    const chars = Array.from(word);
    if (chars.length > maxChars) return unkId === undefined ? [] : [unkId];
    const ids: number[] = [];
    let start = 0;
    while (start < chars.length) {
      // Greedy longest match first, as BERT does.
      let end = chars.length;
      let found: number | undefined;
      while (start < end) {
        const sub = (start > 0 ? prefix : '') + chars.slice(start, end).join('');
        found = vocab.get(sub);
        if (found !== undefined) break;
        end--;
      }
      if (found === undefined) return unkId === undefined ? [] : [unkId]; // one unknown piece makes the whole word unknown
      ids.push(found);
      start = end;
    }
    return ids;
  };
  return { model, vocabSize: vocab.size, unkId };
}

function unigram(spec: Json, file: string) {
  const entries = spec.vocab as Array<[string, number]>;
  if (!Array.isArray(entries)) throw new TokenizerConfigError(file, 'Unigram model has no vocab list');
  const pieces = new Map<string, { id: number; score: number }>();
  let maxLen = 1;
  let minScore = 0;
  entries.forEach(([piece, score], id) => {
    pieces.set(piece, { id, score });
    maxLen = Math.max(maxLen, Array.from(piece).length);
    minScore = Math.min(minScore, score);
  });
  const unkId: number | undefined = spec.unk_id ?? undefined;
  const unkScore = minScore - 10; // sentencepiece's penalty for an unknown character
  const model: Model = (text) => {
    // Viterbi over code points: the segmentation with the highest total log-probability.
    const chars = Array.from(text);
    const n = chars.length;
    const best = new Float64Array(n + 1).fill(-Infinity);
    const back = new Int32Array(n + 1);
    const backId = new Int32Array(n + 1);
    best[0] = 0;
    for (let i = 0; i < n; i++) {
      if (best[i] === -Infinity) continue;
      let sub = '';
      for (let len = 1; len <= maxLen && i + len <= n; len++) {
        sub += chars[i + len - 1];
        const hit = pieces.get(sub);
        if (hit && best[i] + hit.score > best[i + len]) {
          best[i + len] = best[i] + hit.score;
          back[i + len] = i;
          backId[i + len] = hit.id;
        }
      }
      if (best[i] + unkScore > best[i + 1] && !pieces.has(chars[i])) {
        best[i + 1] = best[i] + unkScore;
        back[i + 1] = i;
        backId[i + 1] = unkId ?? -1;
      }
    }
    const ids: number[] = [];
    for (let i = n; i > 0; i = back[i]) ids.push(backId[i]);
    return ids.reverse().filter((id) => id >= 0);
  };
  return { model, vocabSize: entries.length, unkId };
}
