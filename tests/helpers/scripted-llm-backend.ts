// A scripted stand-in for a chat model, run inside the real inference process behind the same protocol as llama.cpp
// (ProcessOptions.backendModule), so the logic around the model (prompt building and trimming, citations, the
// not-found rule, follow-up rewriting, map-reduce summaries) is tested on meaningful text. It reads the prompts it is
// given like a very literal model would:
//   grounded answer (system prompt asks for FOUND / NOT FOUND): FOUND and the source sentence sharing the most words
//     with the question, cited [n]; NOT FOUND when no source shares enough of the question's words;
//   rewrite: the last question with its pronouns replaced by the most recent name in the conversation;
//   map: the passage's first sentence as a note; condense / reduce: the notes joined, keeping their [n].
// Every request is appended to `logFile` (JSON lines) so tests can read the prompts that were sent.
import { appendFileSync } from 'node:fs';
import type { BackendSink, CreateBackend, InferenceBackend } from '../../electron/app/llm/backend';
import type { ChatTurn, GenerateOptions, GenerationStats, ModelCheck, ModelInfo, ModelRef } from '../../electron/app/llm/protocol';
import { contentStems } from '../../electron/app/embeddings/lexical-terms';
import { splitSentences } from '../../electron/app/chat/sentences';

export interface ScriptedOptions {
  logFile?: string;
  contextSize?: number;
  promptTokensPerSecond?: number;
  /** Pause between generated tokens (default 0: one event-loop turn). */
  tokenDelayMs?: number;
  /** Pause when a model is first loaded (default 0). */
  loadDelayMs?: number;
  /** Fixed replies: the first whose pattern matches the last user message wins (verdict FOUND unless `found` is false). */
  replies?: { match: string; reply: string; found?: boolean }[];
  /** After this many tokens of a grounded answer (to a question matching `match`, when given): `exit` kills the process, `throw` fails the request. */
  failAfterTokens?: { count: number; how: 'exit' | 'throw'; match?: string };
}

/** Words and punctuation marks: close enough to a tokenizer's counts for budgeting tests. */
export function scriptedTokenCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? []).length;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));
}

interface ParsedSource {
  n: number;
  text: string;
}

/** `[n] file, p. 3: text` blocks, as prompt.ts formats them. */
function parseSources(user: string): ParsedSource[] {
  const body = user.split(/\n\nQuestion: /)[0];
  return [...body.matchAll(/^\[(\d+)\] [^\n:]*?(?:, pp?\. [\d–]+)?: ([\s\S]*?)(?=\n\n\[\d+\] |$)/gm)].map((m) => ({ n: Number(m[1]), text: m[2] }));
}

function groundedReply(user: string): { found: boolean; reply: string } {
  // The self-contained form of a follow-up when the prompt gives one (the first line after "Question:").
  const question = /Question: (.*)/.exec(user)?.[1] ?? '';
  const wanted = new Set(contentStems(question));
  let best: { n: number; sentence: string; overlap: number } | undefined;
  for (const source of parseSources(user)) {
    for (const sentence of splitSentences(source.text)) {
      const overlap = new Set(contentStems(sentence.text).filter((s) => wanted.has(s))).size;
      if (!best || overlap > best.overlap) best = { n: source.n, sentence: sentence.text.trim(), overlap };
    }
  }
  // A literal reader: the answer is there when a sentence holds at least half of the question's content words.
  if (!best || wanted.size === 0 || best.overlap < Math.max(1, Math.ceil(wanted.size / 2))) return { found: false, reply: '' };
  return { found: true, reply: `${best.sentence.replace(/\s+/g, ' ')} [${best.n}]` };
}

const PRONOUNS = /\b(he|she|it|they|him|her|them|his|its|their)\b/gi;

function rewriteReply(user: string): string {
  const conversation = /Conversation:\n([\s\S]*?)\n\nLast question:/.exec(user)?.[1] ?? '';
  const last = /Last question: (.*)/.exec(user)?.[1] ?? '';
  // The names in the conversation, most recent turn first: what a pronoun most likely refers to.
  const turns = conversation.split('\n').reverse().map((t) => t.replace(/^(User|Assistant): /, ''));
  const names = turns.flatMap((t) => t.match(/\b[A-Z][\p{L}]+(?: [A-Z][\p{L}]+)*/gu) ?? []).filter((w) => !QUESTION_WORDS.test(w));
  if (names.length === 0) return last;
  return last.replace(PRONOUNS, names[0]).replace(/^and\s+/i, '');
}

const QUESTION_WORDS = /^(Who|What|When|Where|Why|How|Which|And|The|A|An|In|It)$/;

function firstSentence(text: string): string {
  return splitSentences(text)[0]?.text.trim().replace(/\s+/g, ' ') ?? text.trim().slice(0, 200);
}

function reply(messages: ChatTurn[], options: ScriptedOptions): { found: boolean; reply: string } {
  const system = messages.find((m) => m.role === 'system')?.content ?? '';
  const user = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  for (const r of options.replies ?? []) if (new RegExp(r.match, 'i').test(user)) return { found: r.found ?? true, reply: r.reply };
  if (system.includes('FOUND')) return groundedReply(user);
  if (system.startsWith('You rewrite')) return { found: true, reply: rewriteReply(user) };
  if (system.startsWith('You take notes')) {
    const passage = /:\n\n([\s\S]*)\n\nNotes:$/.exec(user)?.[1] ?? user;
    return { found: true, reply: `- ${firstSentence(passage)}` };
  }
  if (system.startsWith('You condense') || system.startsWith('You write the summary')) {
    const notes = [...user.matchAll(/^\[(\d+)\] [^:]*: - (.*)$/gm)].map((m) => `${m[2]} [${m[1]}]`);
    const paragraphs = user.split('\n\n').filter((p) => /\[\d+\]/.test(p) && !/^\[\d+\] /.test(p));
    return { found: true, reply: [...notes, ...paragraphs].join(' ') || 'Nothing to summarise.' };
  }
  return { found: true, reply: 'I am a scripted model.' };
}

class ScriptedBackend implements InferenceBackend {
  #loaded: string | undefined;

  constructor(private readonly options: ScriptedOptions) {}

  #info(model: ModelRef): ModelInfo {
    return {
      id: model.id,
      name: model.name,
      contextSize: this.options.contextSize ?? 4096,
      promptTokensPerSecond: this.options.promptTokensPerSecond ?? 1000,
      memoryBytes: 1,
      loadMs: 0,
    };
  }

  async prepare(model: ModelRef, sink: Pick<BackendSink, 'stage'>): Promise<ModelInfo> {
    if (this.#loaded !== model.file) {
      sink.stage('loading-model');
      await sleep(this.options.loadDelayMs ?? 0);
      this.#loaded = model.file;
    }
    return this.#info(model);
  }

  async check(model: ModelRef): Promise<ModelCheck> {
    return { architecture: 'scripted', contextSize: this.#info(model).contextSize, memoryBytes: 1 };
  }

  async count(model: ModelRef, texts: string[]): Promise<number[]> {
    await this.prepare(model, { stage: () => undefined });
    return texts.map(scriptedTokenCount);
  }

  async generate(model: ModelRef, messages: ChatTurn[], options: GenerateOptions, sink: BackendSink, signal: AbortSignal): Promise<GenerationStats> {
    await this.prepare(model, sink);
    if (this.options.logFile) appendFileSync(this.options.logFile, `${JSON.stringify({ model: model.id, messages, options })}\n`);
    const promptTokens = messages.reduce((sum, m) => sum + scriptedTokenCount(m.content), 0);
    sink.stage('reading', 0, promptTokens);
    const stats: GenerationStats = { promptTokens, evaluatedPromptTokens: promptTokens, generatedTokens: 0, promptMs: 0, generateMs: 0, truncated: false };
    const { found, reply: text } = reply(messages, this.options);
    const lastUser = [...messages].reverse().find((m) => m.role === 'user')?.content ?? '';
    const fail = this.options.failAfterTokens && (!this.options.failAfterTokens.match || new RegExp(this.options.failAfterTokens.match).test(lastUser)) ? this.options.failAfterTokens : undefined;
    if (options.verdict) {
      sink.verdict(found);
      if (!found && options.verdict.stopWhenNotFound) return stats;
    }
    const tokens = text.match(/\S+\s*/g) ?? [];
    for (const token of tokens) {
      if (signal.aborted) break;
      if (fail && options.verdict && stats.generatedTokens >= fail.count) {
        if (fail.how === 'exit') process.exit(3);
        throw new Error('the scripted model failed on purpose');
      }
      if (stats.generatedTokens >= options.maxTokens) {
        stats.truncated = true;
        break;
      }
      sink.token(token);
      stats.generatedTokens++;
      await sleep(this.options.tokenDelayMs ?? 0);
    }
    return stats;
  }

  async unload(): Promise<void> {
    this.#loaded = undefined;
  }
}

export const createBackend: CreateBackend = (options) => new ScriptedBackend((options.backendOptions ?? {}) as ScriptedOptions);
