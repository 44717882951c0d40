// Errors of the local model layer: each has a stable code and its parameters (for the window's wording in the user's
// language) beside the English message (for the CLI and as the window's fallback).
import type { RuntimeErrorInfo } from './protocol';

export type LlmErrorCode =
  | 'model-file-missing'
  | 'model-not-gguf'
  | 'model-truncated'
  | 'model-unknown-architecture'
  | 'model-unreadable'
  | 'model-too-large'
  | 'model-load-failed'
  | 'model-runtime-stopped'
  | 'model-generation-failed'
  | 'model-prompt-too-long';

export class LlmError extends Error {
  constructor(
    readonly code: LlmErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LlmError';
  }

  toInfo(): RuntimeErrorInfo {
    return { code: this.code, message: this.message, params: this.params };
  }

  static fromInfo(info: RuntimeErrorInfo): LlmError {
    return new LlmError(info.code as LlmErrorCode, info.message, info.params ?? {});
  }
}

/** `1.9 GB`, `750 MB`: memory figures in messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  return `${Math.max(1, Math.round(bytes / 1e6))} MB`;
}
