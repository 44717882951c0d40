// llama.cpp through node-llama-cpp, inside the inference process: one chat model loaded at a time, checked before it is
// loaded (a GGUF llama.cpp can run, whole, and fitting in the memory free), prompts read in small slices so a Stop lands
// within one slice, and replies streamed token by token. The reply may start with a verdict line forced by a grammar.
import os from 'node:os';
import path from 'node:path';
import {
  getLlama,
  InsufficientMemoryError,
  LlamaGrammarEvaluationState,
  LlamaLogLevel,
  resolveChatWrapper,
  type ChatHistoryItem,
  type ChatWrapper,
  type Llama,
  type LlamaContext,
  type LlamaContextSequence,
  type LlamaModel,
  type Token,
} from 'node-llama-cpp';
import { TextStream, type BackendSink, type CreateBackend, type InferenceBackend } from './backend';
import { checkGguf, type CheckedGguf } from './gguf-check';
import { formatBytes, LlmError } from './llm-error';
import { defaultInferenceThreads } from './threads';
import type { ChatTurn, GenerateOptions, GenerationStats, ModelCheck, ModelInfo, ModelRef, ProcessOptions, VerdictOptions } from './protocol';

/** Prompt tokens read per step: small enough that a Stop waits at most one step, large enough to stay efficient. */
const PROMPT_SLICE = 64;
const BATCH_SIZE = 512;
const DEFAULT_MAX_CONTEXT = 8192;
/** Below this a grounded prompt with a few sources does not fit. */
const MIN_CONTEXT = 2048;
const CALIBRATION_TEXT =
  'Docent reads the numbered sources and answers the question with citations to the file and the page where each fact is found. ';

interface Loaded {
  ref: ModelRef;
  model: LlamaModel;
  context: LlamaContext;
  sequence: LlamaContextSequence;
  wrapper: ChatWrapper;
  info: ModelInfo;
}

function gbnfLiteral(text: string): string {
  return `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\n')}"`;
}

function toHistory(messages: ChatTurn[]): ChatHistoryItem[] {
  const items: ChatHistoryItem[] = messages.map((m) =>
    m.role === 'system' ? { type: 'system', text: m.content } : m.role === 'user' ? { type: 'user', text: m.content } : { type: 'model', response: [m.content] },
  );
  // An empty model turn at the end makes the template end with the assistant's header: the reply starts there.
  items.push({ type: 'model', response: [] });
  return items;
}

export class LlamaBackend implements InferenceBackend {
  #llama: Promise<Llama> | undefined;
  #loaded: Loaded | undefined;
  #loading: Promise<Loaded> | undefined;
  /** The last lines llama.cpp logged, to explain a failed load. */
  #recentLogs: string[] = [];
  readonly #threads: number;

  constructor(private readonly options: ProcessOptions) {
    this.#threads = Math.max(1, options.threads ?? defaultInferenceThreads());
  }

  #getLlama(): Promise<Llama> {
    this.#llama ??= getLlama({
      // Metal on Apple silicon; elsewhere the CPU build, which every machine can run without probing GPU drivers.
      gpu: process.platform === 'darwin' && process.arch === 'arm64' ? 'auto' : false,
      // Never compile or download at run time: the prebuilt binaries from npm are used, or loading fails clearly.
      build: 'never',
      maxThreads: this.#threads,
      logLevel: LlamaLogLevel.warn,
      logger: (_level, message) => {
        this.#recentLogs.push(message.trim());
        if (this.#recentLogs.length > 8) this.#recentLogs.shift();
      },
    }).catch((error) => {
      this.#llama = undefined;
      throw new LlmError('model-load-failed', `llama.cpp could not start on this machine: ${(error as Error).message}`, { reason: (error as Error).message });
    });
    return this.#llama;
  }

  async prepare(ref: ModelRef, sink: Pick<BackendSink, 'stage'>): Promise<ModelInfo> {
    return (await this.#ensure(ref, sink)).info;
  }

  async check(ref: ModelRef): Promise<ModelCheck> {
    const checked = await checkGguf(ref.file, await this.#getLlama());
    const contextSize = this.#fittingContext(ref, checked);
    return { architecture: checked.architecture, contextSize, memoryBytes: Math.round(this.#need(checked, contextSize)) };
  }

  async #ensure(ref: ModelRef, sink: Pick<BackendSink, 'stage'>): Promise<Loaded> {
    if (this.#loaded?.ref.file === ref.file) return this.#loaded;
    // The process runs one request at a time, so a load is never raced by another.
    await this.unload();
    sink.stage('loading-model');
    this.#loading = this.#load(ref);
    try {
      this.#loaded = await this.#loading;
      return this.#loaded;
    } finally {
      this.#loading = undefined;
    }
  }

  async #load(ref: ModelRef): Promise<Loaded> {
    const started = performance.now();
    const llama = await this.#getLlama();
    const checked = await checkGguf(ref.file, llama);
    const contextSize = this.#fittingContext(ref, checked);
    let model: LlamaModel;
    try {
      model = await llama.loadModel({ modelPath: ref.file });
    } catch (error) {
      if (error instanceof InsufficientMemoryError) throw this.#tooLarge(ref, checked, MIN_CONTEXT);
      const reason = [(error as Error).message, ...this.#recentLogs.slice(-3)].filter(Boolean).join(' — ');
      throw new LlmError('model-load-failed', `${path.basename(ref.file)} could not be loaded: ${reason}`, { file: path.basename(ref.file), path: ref.file, reason }, { cause: error });
    }
    try {
      const context = await model.createContext({ contextSize, batchSize: BATCH_SIZE, threads: this.#threads, sequences: 1 });
      const sequence = context.getSequence();
      const wrapper = resolveChatWrapper(model);
      const promptTokensPerSecond = await this.#calibrate(model, sequence);
      const memoryBytes = this.#need(checked, contextSize);
      const info: ModelInfo = { id: ref.id, name: ref.name, contextSize: context.contextSize, promptTokensPerSecond, memoryBytes, loadMs: performance.now() - started };
      return { ref, model, context, sequence, wrapper, info };
    } catch (error) {
      await model.dispose().catch(() => undefined);
      if (error instanceof InsufficientMemoryError) throw this.#tooLarge(ref, checked, contextSize);
      if (error instanceof LlmError) throw error;
      const reason = (error as Error).message;
      throw new LlmError('model-load-failed', `${path.basename(ref.file)} could not be loaded: ${reason}`, { file: path.basename(ref.file), path: ref.file, reason });
    }
  }

  /** Memory for the weights and a context of `contextSize` tokens on the CPU, in bytes. */
  #need(checked: CheckedGguf, contextSize: number): number {
    const weights = checked.insights.estimateModelResourceRequirements({ gpuLayers: 0 }).cpuRam;
    const context = checked.insights.estimateContextResourceRequirements({ contextSize, modelGpuLayers: 0, batchSize: BATCH_SIZE, sequences: 1 }).cpuRam;
    return weights + context;
  }

  /** The largest context (up to the model's and the settings' limits) whose memory fits in what is free. */
  #fittingContext(ref: ModelRef, checked: CheckedGguf): number {
    const limit = Math.min(this.options.maxContextSize ?? DEFAULT_MAX_CONTEXT, ref.contextLength ?? Infinity, checked.insights.trainContextSize ?? Infinity);
    const largest = Math.max(MIN_CONTEXT, limit);
    const candidates = [largest, 4096, MIN_CONTEXT].filter((c, i, all) => c <= largest && all.indexOf(c) === i);
    const available = this.#available();
    const fits = candidates.find((c) => this.#need(checked, c) <= available);
    if (fits === undefined) throw this.#tooLarge(ref, checked, MIN_CONTEXT);
    return fits;
  }

  #available(): number {
    return this.options.maxMemoryBytes ?? os.freemem();
  }

  #tooLarge(ref: ModelRef, checked: CheckedGguf, contextSize: number): LlmError {
    const needed = Math.round(this.#need(checked, contextSize));
    const available = Math.round(this.#available());
    return new LlmError(
      'model-too-large',
      `${ref.name} needs about ${formatBytes(needed)} of memory to run, but only ${formatBytes(available)} is free. Close other programs or choose a smaller model.`,
      { model: ref.name, needed, available, neededMb: Math.round(needed / 1e6), availableMb: Math.round(available / 1e6) },
    );
  }

  /** Prompt-reading speed on this machine, measured on a short text right after loading. */
  async #calibrate(model: LlamaModel, sequence: LlamaContextSequence): Promise<number> {
    const tokens = model.tokenize(CALIBRATION_TEXT.repeat(4)).slice(0, PROMPT_SLICE);
    const started = performance.now();
    await sequence.evaluateWithoutGeneratingNewTokens(tokens);
    const seconds = (performance.now() - started) / 1000;
    await sequence.clearHistory();
    return tokens.length / Math.max(seconds, 1e-3);
  }

  async count(ref: ModelRef, texts: string[]): Promise<number[]> {
    const { model } = await this.#ensure(ref, { stage: () => undefined });
    return texts.map((text) => model.tokenize(text).length);
  }

  async generate(ref: ModelRef, messages: ChatTurn[], options: GenerateOptions, sink: BackendSink, signal: AbortSignal): Promise<GenerationStats> {
    const loaded = await this.#ensure(ref, sink);
    const { model, sequence, wrapper, info } = loaded;
    const stats: GenerationStats = { promptTokens: 0, evaluatedPromptTokens: 0, generatedTokens: 0, promptMs: 0, generateMs: 0, truncated: false };
    const { contextText } = wrapper.generateContextState({ chatHistory: toHistory(messages) });
    const tokens = contextText.tokenize(model.tokenizer);
    stats.promptTokens = tokens.length;
    if (tokens.length > info.contextSize - 16) {
      throw new LlmError('model-prompt-too-long', `The prompt (${tokens.length} tokens) does not fit in the model's context of ${info.contextSize} tokens.`, {
        tokens: tokens.length,
        context: info.contextSize,
      });
    }
    const maxTokens = Math.min(options.maxTokens, info.contextSize - tokens.length - 1);

    // Reuse what the previous request left in the cache (the system prompt at least); read the rest in slices.
    const promptStarted = performance.now();
    const cached = sequence.contextTokens;
    let keep = 0;
    const limit = Math.min(cached.length, tokens.length - 1);
    while (keep < limit && cached[keep] === tokens[keep]) keep++;
    if (keep < sequence.nextTokenIndex) await sequence.eraseContextTokenRanges([{ start: keep, end: sequence.nextTokenIndex }]);
    const toRead = tokens.slice(keep, -1);
    for (let done = 0; done < toRead.length; done += PROMPT_SLICE) {
      if (signal.aborted) return stats;
      sink.stage('reading', done, toRead.length);
      await sequence.evaluateWithoutGeneratingNewTokens(toRead.slice(done, done + PROMPT_SLICE));
    }
    stats.evaluatedPromptTokens = toRead.length;
    stats.promptMs = performance.now() - promptStarted;
    if (toRead.length >= PROMPT_SLICE) {
      // A running average of what this machine does now (other programs take their share of the CPU too).
      const measured = toRead.length / Math.max(stats.promptMs / 1000, 1e-3);
      info.promptTokensPerSecond = 0.5 * info.promptTokensPerSecond + 0.5 * measured;
    }
    if (signal.aborted) return stats;

    const generateStarted = performance.now();
    let input: Token[] = [tokens[tokens.length - 1]];
    try {
      if (options.verdict) {
        const verdict = await this.#verdict(loaded, input, options.verdict, signal);
        if (!verdict) return stats;
        stats.generatedTokens += verdict.tokens.length;
        sink.verdict(verdict.found);
        if (!verdict.found && options.verdict.stopWhenNotFound) return stats;
        // The verdict's last token was sampled but not yet evaluated: it starts the answer.
        input = [verdict.tokens[verdict.tokens.length - 1]];
      }
      const generated: Token[] = [];
      const text = new TextStream(() => model.detokenize(generated));
      const iterator = sequence.evaluate(input, {
        temperature: options.temperature,
        topK: 40,
        topP: 0.9,
        repeatPenalty: { punishTokens: () => generated.slice(-64), penalty: 1.1 },
      });
      for await (const token of iterator) {
        if (signal.aborted) break;
        generated.push(token);
        const delta = text.next();
        if (delta) sink.token(delta);
        if (generated.length >= maxTokens) {
          stats.truncated = true;
          break;
        }
      }
      const rest = text.next(true);
      if (rest && !signal.aborted) sink.token(rest);
      stats.generatedTokens += generated.length;
    } finally {
      stats.generateMs = performance.now() - generateStarted;
    }
    return stats;
  }

  /** Samples the verdict line under a grammar that allows exactly the two lines; undefined when cancelled. */
  async #verdict(loaded: Loaded, input: Token[], verdict: VerdictOptions, signal: AbortSignal): Promise<{ found: boolean; tokens: Token[] } | undefined> {
    const { model, sequence } = loaded;
    const llama = await this.#getLlama();
    const found = `${verdict.found}\n`;
    const notFound = `${verdict.notFound}\n`;
    const grammar = await llama.createGrammar({ grammar: `root ::= ${gbnfLiteral(found)} | ${gbnfLiteral(notFound)}` });
    const state = new LlamaGrammarEvaluationState({ model, grammar });
    const tokens: Token[] = [];
    for await (const token of sequence.evaluate(input, { grammarEvaluationState: state, temperature: 0 })) {
      if (signal.aborted) return undefined;
      tokens.push(token);
      const text = model.detokenize(tokens).trimStart();
      if (text === found) return { found: true, tokens };
      if (text === notFound) return { found: false, tokens };
      if (tokens.length > 64) break;
    }
    if (signal.aborted) return undefined;
    throw new LlmError('model-generation-failed', 'The model did not begin its reply with the required verdict line.', { reason: 'no verdict' });
  }

  async unload(): Promise<void> {
    const loaded = this.#loaded;
    this.#loaded = undefined;
    if (!loaded) return;
    await loaded.context.dispose().catch(() => undefined);
    await loaded.model.dispose().catch(() => undefined);
  }
}

export const createBackend: CreateBackend = (options) => new LlamaBackend(options);
