// The typed request/response protocol between the main process and the inference process, where llama.cpp runs.
// Requests carry an id; every reply names the request it belongs to. Messages cross a process boundary as structured
// clones, so they hold plain data only.

/** Which model to run: an installed model's id and its GGUF file. */
export interface ModelRef {
  id: string;
  /** Shown to users: "Qwen2.5 1.5B Instruct (Q4_K_M)". */
  name: string;
  file: string;
  /** The context window the manifest asks for (tokens); the runtime may choose less to fit in memory. */
  contextLength?: number;
}

export interface ChatTurn {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/**
 * The reply begins with one of two fixed lines that the runtime forces with a grammar, so whether the sources hold the
 * answer is read from which line was generated, never from free text.
 */
export interface VerdictOptions {
  found: string;
  notFound: string;
  /** After a `notFound` verdict, stop at once: the caller writes its own words. */
  stopWhenNotFound: boolean;
}

export interface GenerateOptions {
  maxTokens: number;
  /** 0 = greedy. */
  temperature: number;
  verdict?: VerdictOptions;
}

/** What a loaded model can take and how fast this machine reads a prompt with it. */
export interface ModelInfo {
  id: string;
  name: string;
  /** The context window the model was loaded with (tokens). */
  contextSize: number;
  /** Prompt tokens per second measured on this machine (an estimate until the first prompt has been read). */
  promptTokensPerSecond: number;
  /** Memory the runtime estimated the model and its context need (bytes). */
  memoryBytes: number;
  loadMs: number;
}

/** What checking a model found: it can run, with this context and about this much memory. */
export interface ModelCheck {
  architecture: string;
  contextSize: number;
  memoryBytes: number;
}

export interface GenerationStats {
  promptTokens: number;
  /** Prompt tokens actually evaluated (the rest were already in the cache from the previous request). */
  evaluatedPromptTokens: number;
  generatedTokens: number;
  promptMs: number;
  generateMs: number;
  /** Set when the generation stopped because it reached maxTokens. */
  truncated: boolean;
}

export type RuntimeStage = 'queued' | 'loading-model' | 'reading';

export type RuntimeRequest =
  | { type: 'prepare'; id: string; model: ModelRef }
  /** Checks that the model can run here (a GGUF llama.cpp knows, whole, fitting in memory) without loading it. */
  | { type: 'check'; id: string; model: ModelRef }
  | { type: 'count'; id: string; model: ModelRef; texts: string[] }
  | { type: 'generate'; id: string; model: ModelRef; messages: ChatTurn[]; options: GenerateOptions }
  | { type: 'cancel'; id: string }
  | { type: 'unload' };

/** A failure the user is told about: a stable code, its parameters, and the English text. */
export interface RuntimeErrorInfo {
  code: string;
  message: string;
  params?: Record<string, string | number>;
}

export type RuntimeReply =
  | { type: 'stage'; id: string; stage: RuntimeStage; done?: number; total?: number }
  | { type: 'prepared'; id: string; info: ModelInfo }
  | { type: 'checked'; id: string; check: ModelCheck }
  | { type: 'counted'; id: string; counts: number[] }
  | { type: 'verdict'; id: string; found: boolean }
  | { type: 'token'; id: string; text: string }
  | { type: 'done'; id: string; stats: GenerationStats }
  | { type: 'failed'; id: string; error: RuntimeErrorInfo }
  /** The process unloaded its model after being idle (or on request) and is about to exit. */
  | { type: 'unloaded' };

/** Options the main process starts the inference process with (passed as one JSON argument). */
export interface ProcessOptions {
  /** CPU threads for llama.cpp (default: the machine's cores less one, see threads.ts). */
  threads?: number;
  /** Memory the runtime may use, in bytes (default: what the OS reports free when loading). */
  maxMemoryBytes?: number;
  /** Unload the model and exit after this long without a request (default 5 minutes). */
  idleUnloadMs?: number;
  /** Largest context window to load a model with (default 8,192 tokens). */
  maxContextSize?: number;
  /** A module exporting `createBackend(options)`: tests put a scripted stand-in model behind the same protocol. */
  backendModule?: string;
  /** Passed to that module's `createBackend` (plain data). */
  backendOptions?: Record<string, unknown>;
}

export function isRuntimeReply(value: unknown): value is RuntimeReply {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
