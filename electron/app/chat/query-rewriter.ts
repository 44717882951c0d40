// Follow-up questions ("and when did she die?") rewritten by the chat model into a self-contained search query
// ("When did Marie Curie die?") before retrieval, so the search finds what "she" means. The model only rewrites; it
// never answers here. When no model answers, or its reply is unusable, the rule-based search text stands in.
import type { AnswerTurn } from './answer-types';
import { generateAll, type TextGenerator } from './text-generator';
import type { PromptMessage } from './prompt';

export const REWRITE_SYSTEM_PROMPT = [
  'You rewrite the last question of a conversation as a standalone search query.',
  'Replace every pronoun or reference ("it", "she", "that one", "the second") with what it refers to in the conversation.',
  'Keep the language of the question. Reply with the query alone, on one line. Do not answer the question.',
].join('\n');

/** The conversation the rewrite sees: the last exchanges, each turn clipped, citation markers removed. */
const TURNS = 4;
const TURN_CHARS = 600;

function clip(text: string, max: number): string {
  const flat = text.replace(/\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function rewritePrompt(question: string, history: readonly AnswerTurn[]): PromptMessage[] {
  const turns = history
    .filter((t) => t.text.trim())
    .slice(-TURNS)
    .map((t) => `${t.role === 'user' ? 'User' : 'Assistant'}: ${clip(t.text, TURN_CHARS)}`);
  return [
    { role: 'system', content: REWRITE_SYSTEM_PROMPT },
    { role: 'user', content: `Conversation:\n${turns.join('\n')}\n\nLast question: ${question.trim()}\n\nStandalone search query:` },
  ];
}

/** The model's reply as a query: its first line, without a label or quotes; undefined when nothing usable is left. */
export function cleanQuery(reply: string, question: string): string | undefined {
  const line = reply
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '');
  if (!line) return undefined;
  const query = line
    .replace(/^(?:standalone\s+)?(?:search\s+)?query\s*:\s*/i, '')
    .replace(/^["'“«]+|["'”»]+$/g, '')
    .trim();
  // A reply far longer than the question is an answer or a ramble, not a query.
  if (query.length < 2 || query.length > Math.max(300, question.length * 4)) return undefined;
  return query;
}

/** Asks the model for the standalone query; undefined when it fails or says nothing usable (the caller falls back). */
export async function rewriteQuery(
  generator: TextGenerator,
  question: string,
  history: readonly AnswerTurn[],
  options: { signal?: AbortSignal; onStage?: Parameters<TextGenerator['generate']>[1]['onStage'] } = {},
): Promise<string | undefined> {
  try {
    const reply = await generateAll(generator, rewritePrompt(question, history), { maxTokens: 64, temperature: 0, signal: options.signal, onStage: options.onStage });
    return cleanQuery(reply, question);
  } catch {
    return undefined;
  }
}
