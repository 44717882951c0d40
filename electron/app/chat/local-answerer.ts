// Answers written by a local GGUF model (llama.cpp in the inference process), grounded in the numbered sources: the
// prompt is cut to what the model's context and this machine's speed allow, the reply streams token by token, and its
// [n] markers become citations. Whether the sources hold the answer is the reply's first line, forced by a grammar to be
// FOUND or NOT FOUND: on NOT FOUND the model writes nothing more and the answer says the documents do not hold it.
// "Summarize X" brings every passage of X: they are mapped and reduced (summarizer.ts).
import type { AnswerEvent, AnswerRequest, AnswerSource, AnswerStage, AnswerTurn, Answerer } from './answer-types';
import { NOT_FOUND_MESSAGE } from './extractive-answerer';
import { buildPromptMessages, citedSources, DEFAULT_PROMPT_LIMITS, formatSources, questionLine, type PromptMessage } from './prompt';
import { cutText, planContext } from './prompt-budget';
import { LocalTextGenerator } from './local-text-generator';
import { summarizeSources } from './summarizer';
import { EventChannel } from '../llm/event-channel';
import { LlmError } from '../llm/llm-error';
import type { ChatModelRuntime } from '../llm/llm-runtime';
import type { ModelRef, RuntimeStage } from '../llm/protocol';

export const VERDICT = { found: 'FOUND', notFound: 'NOT FOUND' } as const;

export const LOCAL_SYSTEM_PROMPT = [
  "You are Docent, an assistant that answers questions about the user's own documents.",
  'You are given numbered sources from the documents, then a question.',
  `The first line of your reply is ${VERDICT.found} if the sources contain the answer, or ${VERDICT.notFound} if they do not.`,
  `After ${VERDICT.found}, answer on the next lines using only what the sources say; never use outside knowledge.`,
  'Cite every statement with the number of its source in square brackets, like [1] or [2][3].',
  'Answer in the language of the question. Be concise.',
].join('\n');

export interface LocalAnswererOptions {
  runtime: ChatModelRuntime;
  model: ModelRef;
  /** The longest a user should wait for the model to read the sources before the first word (default 20 s). */
  readingSeconds?: number;
  /** Room kept for the answer, in tokens (default 512). */
  answerTokens?: number;
  temperature?: number;
}

interface PlannedPrompt {
  messages: PromptMessage[];
  /** The sources that went into the prompt, as retrieved (whole text and span, for the citations). */
  kept: AnswerSource[];
}

function answerStage(stage: RuntimeStage): AnswerStage {
  return stage === 'reading' ? 'reading-sources' : stage;
}

export class LocalAnswerer implements Answerer {
  readonly id: string;
  /** A summary maps over every passage of the document and reduces the notes: any length fits the context. */
  readonly readsWholeDocuments = true;

  constructor(private readonly options: LocalAnswererOptions) {
    this.id = options.model.id;
  }

  async *answer(request: AnswerRequest): AsyncIterable<AnswerEvent> {
    const { signal } = request;
    if (signal?.aborted) return;
    if (request.summary) {
      const generator = new LocalTextGenerator(this.options.runtime, this.options.model);
      yield* summarizeSources(generator, { fileName: request.summary.fileName, sources: request.sources }, { signal });
      return;
    }
    if (request.sources.length === 0) {
      // Nothing was retrieved: no model can answer from the documents, so none is asked.
      yield* notFound();
      return;
    }

    // Loading a model takes seconds: its progress is passed on while the prompt is planned.
    const stages = new EventChannel<AnswerEvent>();
    const planning = this.#plan(request, (stage) => stages.push({ type: 'progress', stage: answerStage(stage) })).finally(() => stages.end());
    planning.catch(() => undefined);
    for await (const event of stages) yield event;
    let plan: PlannedPrompt;
    try {
      plan = await planning;
    } catch (error) {
      if (signal?.aborted) return;
      throw error;
    }

    let text = '';
    let found: boolean | undefined;
    const citations = (): AnswerEvent => ({ type: 'citations', citations: citedSources(text, plan.kept) });
    const { runtime, model } = this.options;
    try {
      const stream = runtime.generate(
        model,
        plan.messages,
        {
          maxTokens: this.options.answerTokens ?? 512,
          temperature: this.options.temperature ?? 0.2,
          verdict: { ...VERDICT, stopWhenNotFound: true },
        },
        signal,
      );
      for await (const event of stream) {
        if (event.type === 'stage') {
          yield { type: 'progress', stage: answerStage(event.stage), done: event.done, total: event.total };
        } else if (event.type === 'verdict') {
          found = event.found;
        } else if (event.type === 'token') {
          // The reply's first line was the verdict; what follows may start with blank lines.
          const piece = text ? event.text : event.text.replace(/^\s+/, '');
          if (!piece) continue;
          text += piece;
          yield { type: 'token', text: piece };
        }
      }
    } catch (error) {
      if (signal?.aborted) {
        yield citations();
        return;
      }
      // The words already streamed stand; the caller keeps them and says what happened.
      if (text) yield citations();
      throw error;
    }
    if (signal?.aborted) {
      yield citations();
      return;
    }
    if (found === false) {
      yield* notFound();
      return;
    }
    if (!text.trim()) throw new LlmError('model-generation-failed', `${model.name} wrote no answer.`, { model: model.name, reason: 'empty answer' });
    yield citations();
  }

  async #plan(request: AnswerRequest, onStage: (stage: RuntimeStage) => void): Promise<PlannedPrompt> {
    const { runtime, model } = this.options;
    const { signal } = request;
    const info = await runtime.prepare(model, { signal, onStage });
    // prompt.ts formats the history as every answerer sees it (earlier [n] markers removed, long turns clipped).
    const history: AnswerTurn[] = buildPromptMessages({ ...request, sources: [] }, DEFAULT_PROMPT_LIMITS, LOCAL_SYSTEM_PROMPT)
      .slice(1, -1)
      .map((m) => ({ role: m.role as AnswerTurn['role'], text: m.content }));
    const question = questionLine(request);
    const blocks = request.sources.map((s) => formatSources([s], DEFAULT_PROMPT_LIMITS.maxSourceChars));
    const counts = await runtime.count(model, [LOCAL_SYSTEM_PROMPT, question, ...history.map((t) => t.text), ...blocks], signal);
    const [systemTokens, questionTokens] = counts;
    // Each message costs a few tokens of chat template around it, and the sources a header.
    const templateTokens = 8;
    const plan = planContext({
      contextSize: info.contextSize,
      promptTokensPerSecond: info.promptTokensPerSecond,
      readingSeconds: this.options.readingSeconds ?? 20,
      answerTokens: this.options.answerTokens ?? 512,
      fixedTokens: systemTokens + questionTokens + 3 * templateTokens,
      historyTokens: counts.slice(2, 2 + history.length).map((n) => n + templateTokens),
      sourceTokens: counts.slice(2 + history.length).map((n) => n + 2),
    });
    const kept = plan.sources.map(({ index }) => request.sources[index]);
    const cut = plan.sources.map(({ index, share }) => ({ ...request.sources[index], text: cutText(request.sources[index].text, share) }));
    const keptHistory = plan.historyKept > 0 ? history.slice(-plan.historyKept) : [];
    const messages = buildPromptMessages({ ...request, history: keptHistory, sources: cut }, DEFAULT_PROMPT_LIMITS, LOCAL_SYSTEM_PROMPT);
    return { messages, kept };
  }
}

async function* notFound(): AsyncIterable<AnswerEvent> {
  // Said before the words, as the extractive answerer does, so a window never shows the English sentence first.
  yield { type: 'not-found' };
  yield { type: 'token', text: NOT_FOUND_MESSAGE };
  yield { type: 'citations', citations: [] };
}
