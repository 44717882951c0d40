// POST /v1/chat/completions: a JSON answer, or Server-Sent Events of chat.completion.chunk objects ending `data: [DONE]`.
import type { ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { invalidRequest, type OpenAiErrorBody } from './errors';

export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant' | 'tool';
  content: string | { type: string; text?: string }[] | null;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  stream_options?: { include_usage?: boolean };
  max_tokens?: number;
  max_completion_tokens?: number;
  temperature?: number;
}

/** How a streamed answer breaks off when `failMidStreamAfterChunks` is set. */
export type MidStreamFailure = 'disconnect' | 'error-event';

export interface ChatBehaviour {
  script: (request: ChatRequest) => string;
  chunkDelayMs: number;
  failMidStreamAfterChunks?: number;
  midStreamFailure: MidStreamFailure;
  /** Told how many content chunks went out and whether the client hung up first. */
  onStreamEnd: (outcome: { chunksSent: number; clientClosed: boolean }) => void;
}

export function messageText(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (Array.isArray(message.content)) return message.content.map((part) => part.text ?? '').join('');
  return '';
}

/**
 * The default answer: quotes the start of the first numbered source and cites it, so tests see a real `[1]`.
 * Without sources it says it does not know, as the prompt asks.
 */
export function defaultChatScript(request: ChatRequest): string {
  const lastUser = [...request.messages].reverse().find((m) => m.role === 'user');
  const text = lastUser ? messageText(lastUser) : '';
  const source = /^\[(\d+)\][^:\n]*:\s*(.+)$/m.exec(text);
  if (!source) return "I don't know: the sources do not say.";
  const words = source[2].split(/\s+/).slice(0, 12).join(' ');
  return `According to the sources, ${words} [${source[1]}].`;
}

/** Splits an answer into word-sized pieces that keep their whitespace, like a tokenizer's deltas. */
export function tokenize(answer: string): string[] {
  return answer.match(/\s*\S+/g) ?? [];
}

export function validateChatRequest(body: unknown): ChatRequest {
  const request = body as ChatRequest;
  if (!request || typeof request.model !== 'string') throw invalidRequest("you must provide a model parameter", 'model');
  if (!Array.isArray(request.messages) || request.messages.length === 0) {
    throw invalidRequest("[] is too short - 'messages'", 'messages');
  }
  return request;
}

function usageOf(request: ChatRequest, completionTokens: number) {
  const promptTokens = request.messages.reduce((sum, m) => sum + tokenize(messageText(m)).length, 0);
  return { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens };
}

function limitTokens(request: ChatRequest, tokens: string[]): { tokens: string[]; finishReason: 'stop' | 'length' } {
  const limit = request.max_completion_tokens ?? request.max_tokens;
  if (limit !== undefined && tokens.length > limit) return { tokens: tokens.slice(0, limit), finishReason: 'length' };
  return { tokens, finishReason: 'stop' };
}

export function sendChatCompletion(res: ServerResponse, request: ChatRequest, behaviour: ChatBehaviour): void {
  const { tokens, finishReason } = limitTokens(request, tokenize(behaviour.script(request)));
  const body = {
    id: `chatcmpl-${randomUUID()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: request.model,
    system_fingerprint: 'fp_docent_test',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: tokens.join(''), refusal: null },
        logprobs: null,
        finish_reason: finishReason,
      },
    ],
    usage: usageOf(request, tokens.length),
  };
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function streamChatCompletion(res: ServerResponse, request: ChatRequest, behaviour: ChatBehaviour): Promise<void> {
  const { tokens, finishReason } = limitTokens(request, tokenize(behaviour.script(request)));
  const includeUsage = request.stream_options?.include_usage === true;
  const id = `chatcmpl-${randomUUID()}`;
  const created = Math.floor(Date.now() / 1000);
  let clientClosed = false;
  res.on('close', () => {
    if (!res.writableEnded) clientClosed = true;
  });
  const chunk = (choices: unknown[], usage?: unknown) => ({
    id,
    object: 'chat.completion.chunk',
    created,
    model: request.model,
    system_fingerprint: 'fp_docent_test',
    choices,
    ...(includeUsage ? { usage: usage ?? null } : {}),
  });
  const send = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`);

  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
  send(chunk([{ index: 0, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }]));

  let chunksSent = 0;
  for (const token of tokens) {
    if (behaviour.chunkDelayMs > 0) await sleep(behaviour.chunkDelayMs);
    if (clientClosed) break;
    if (behaviour.failMidStreamAfterChunks !== undefined && chunksSent >= behaviour.failMidStreamAfterChunks) {
      behaviour.onStreamEnd({ chunksSent, clientClosed });
      if (behaviour.midStreamFailure === 'error-event') {
        const error: OpenAiErrorBody = {
          error: { message: 'The server had an error while processing your request.', type: 'server_error', param: null, code: null },
        };
        send(error);
        res.end();
      } else {
        // A proxy or server that dies mid-answer: what was sent arrives, then the TCP connection drops without the
        // closing chunk. Waiting for the flush keeps the chunks already written from being discarded with the socket.
        await new Promise<void>((resolve) => res.write('', () => resolve()));
        res.socket?.destroy();
      }
      return;
    }
    send(chunk([{ index: 0, delta: { content: token }, logprobs: null, finish_reason: null }]));
    chunksSent++;
  }
  if (!clientClosed) {
    send(chunk([{ index: 0, delta: {}, logprobs: null, finish_reason: finishReason }]));
    if (includeUsage) send(chunk([], usageOf(request, tokens.length)));
    res.write('data: [DONE]\n\n');
    res.end();
  }
  behaviour.onStreamEnd({ chunksSent, clientClosed });
}
