// A Model2Vec static embedding model: one vector per token, a text's embedding is the mean of its tokens' vectors.
// No neural network runs, so it is fast on any CPU, and it understands synonyms the lexical embedder cannot.
// Folder layout (as Model2Vec saves it): model.safetensors + tokenizer.json + optional config.json. The tokenizer is
// transformers.js's (every tokenizer.json component Hugging Face defines); the weights are read by model2vec-safetensors,
// since transformers.js reads ONNX only.
import { embedEach } from './embed-each';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PreTrainedTokenizer } from '@huggingface/transformers';
import type { Embedder, EmbedOptions } from './embedder';
import { readSafetensors, type Tensor } from './model2vec-safetensors';
import { transformers } from './transformers-runtime';

export const MODEL2VEC_FILES = ['model.safetensors', 'tokenizer.json', 'config.json'] as const;

/** Model2Vec truncates to 512 tokens by default; a chunk of ~1,000 characters is far below it. */
const DEFAULT_MAX_TOKENS = 512;

export class Model2VecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Model2VecError';
  }
}

export class Model2VecEmbedder implements Embedder {
  readonly id: string;
  readonly dimension: number;
  /** 0.3, as hybrid fusion always gave Model2Vec: the weight was tuned on the lexical embedder; no Model2Vec model could be measured here since. */
  readonly fusionWeight = 0.3;

  private constructor(
    readonly name: string,
    private readonly tokenizer: PreTrainedTokenizer,
    /** Ids never embedded: special tokens ([CLS], [PAD]…) and the unknown token, as Model2Vec drops them. */
    private readonly skipIds: ReadonlySet<number>,
    private readonly embeddings: Float32Array,
    dimension: number,
    /** Optional per-token weights (newer Model2Vec models) and token→row mapping (vocabulary-quantised models). */
    private readonly weights: Float32Array | undefined,
    private readonly mapping: Int32Array | undefined,
    private readonly normalize: boolean,
    private readonly maxTokens: number,
  ) {
    this.dimension = dimension;
    this.id = `model2vec-${name}-${dimension}`;
  }

  /** Loads `<dir>/model.safetensors`, `<dir>/tokenizer.json` and (if present) `<dir>/config.json`. The folder name is the model's name. */
  static async load(dir: string, options: { maxTokens?: number } = {}): Promise<Model2VecEmbedder> {
    const name = path.basename(path.resolve(dir));
    const configFile = path.join(dir, 'config.json');
    let config: Record<string, unknown> = {};
    try {
      config = JSON.parse(await readFile(configFile, 'utf8'));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new Model2VecError(`${configFile}: cannot be read as JSON (${(error as Error).message})`);
      }
    }
    const tokenizerFile = path.join(dir, 'tokenizer.json');
    let tokenizerJson: unknown;
    try {
      tokenizerJson = JSON.parse(await readFile(tokenizerFile, 'utf8'));
    } catch (error) {
      throw new Model2VecError(`${tokenizerFile}: cannot be read as JSON (${(error as Error).message})`);
    }
    const { tokenizer, skipIds, vocabSize } = await loadTokenizer(tokenizerJson, tokenizerFile);

    const modelFile = path.join(dir, 'model.safetensors');
    let tensors: Map<string, Tensor>;
    try {
      tensors = await readSafetensors(modelFile);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Model2VecError(`${modelFile}: missing`);
      throw error;
    }
    const embeddings = tensors.get('embeddings') ?? (tensors.size === 1 ? [...tensors.values()][0] : undefined);
    if (!embeddings) {
      throw new Model2VecError(`${modelFile}: no tensor named "embeddings" among ${[...tensors.keys()].join(', ') || 'none'}`);
    }
    if (embeddings.shape.length !== 2 || !(embeddings.data instanceof Float32Array)) {
      throw new Model2VecError(`${modelFile}: "embeddings" must be a 2-D float tensor, got ${embeddings.dtype} ${JSON.stringify(embeddings.shape)}`);
    }
    const [rows, dimension] = embeddings.shape;
    const mapping = tensors.get('mapping')?.data;
    const weights = tensors.get('weights')?.data;
    if (mapping && !(mapping instanceof Int32Array)) throw new Model2VecError(`${modelFile}: "mapping" must be an integer tensor`);
    if (weights && !(weights instanceof Float32Array)) throw new Model2VecError(`${modelFile}: "weights" must be a float tensor`);
    if (!mapping && vocabSize > rows) {
      throw new Model2VecError(`${modelFile}: ${rows} embedding rows for a vocabulary of ${vocabSize} tokens (${tokenizerFile})`);
    }
    return new Model2VecEmbedder(
      name,
      tokenizer,
      skipIds,
      embeddings.data,
      dimension,
      weights,
      mapping,
      config.normalize === true, // as Model2Vec: normalise only when the model's config asks for it
      options.maxTokens ?? DEFAULT_MAX_TOKENS,
    );
  }

  async embed(texts: string[], options?: EmbedOptions): Promise<Float32Array[]> {
    return embedEach(texts, (text) => this.embedOne(text), options?.signal);
  }

  /**
   * Token ids that count for a text, as Model2Vec encodes it: no special tokens added, special and unknown tokens
   * dropped, truncated to maxTokens.
   */
  tokenIds(text: string): number[] {
    const ids = this.tokenizer.encode(text, { add_special_tokens: false }).filter((id) => !this.skipIds.has(id));
    return ids.length > this.maxTokens ? ids.slice(0, this.maxTokens) : ids;
  }

  embedOne(text: string): Float32Array {
    const dim = this.dimension;
    const v = new Float32Array(dim);
    const ids = this.tokenIds(text);
    for (const id of ids) {
      const row = this.mapping ? this.mapping[id] : id;
      const w = this.weights ? this.weights[id] : 1;
      const base = row * dim;
      if (row < 0 || base + dim > this.embeddings.length) continue;
      for (let i = 0; i < dim; i++) v[i] += this.embeddings[base + i] * w;
    }
    if (ids.length > 0) for (let i = 0; i < dim; i++) v[i] /= ids.length;
    if (this.normalize) {
      let sumSq = 0;
      for (let i = 0; i < dim; i++) sumSq += v[i] * v[i];
      if (sumSq > 0) {
        const inv = 1 / Math.sqrt(sumSq);
        for (let i = 0; i < dim; i++) v[i] *= inv;
      }
    }
    return v;
  }
}

type TokenizerJson = { model?: { type?: string; unk_token?: string; unk_id?: number | null; vocab?: unknown }; added_tokens?: unknown[] };

/** transformers.js's tokenizer for a tokenizer.json, with the ids Model2Vec leaves out. Errors name the file. */
async function loadTokenizer(json: unknown, file: string): Promise<{ tokenizer: PreTrainedTokenizer; skipIds: Set<number>; vocabSize: number }> {
  const spec = json as TokenizerJson;
  if (!spec || typeof spec !== 'object' || !spec.model || typeof spec.model !== 'object') throw new Model2VecError(`${file}: no "model" section`);
  const t = await transformers();
  let tokenizer: PreTrainedTokenizer;
  try {
    // A section a tokenizer.json leaves out is one it does not have (the library wants them spelled null / empty).
    const sections = { normalizer: null, pre_tokenizer: null, post_processor: null, decoder: null, added_tokens: [] };
    tokenizer = new t.PreTrainedTokenizer({ ...sections, ...spec }, {});
  } catch (error) {
    throw new Model2VecError(`${file}: the tokenizer cannot be built (${(error as Error).message})`);
  }
  const skipIds = new Set<number>(tokenizer.all_special_ids);
  const model = spec.model;
  const unkId = typeof model.unk_id === 'number' ? model.unk_id : model.unk_token !== undefined ? tokenizer.model.tokens_to_ids.get(model.unk_token) : undefined;
  if (unkId !== undefined) skipIds.add(unkId);
  return { tokenizer, skipIds, vocabSize: tokenizer.model.vocab.length };
}
