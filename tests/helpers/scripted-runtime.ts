// The real inference process and protocol with the scripted stand-in model behind them, for tests of the logic above.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LlmRuntime } from '../../electron/app/llm/llm-runtime';
import type { ChatTurn, GenerateOptions, ModelRef } from '../../electron/app/llm/protocol';
import type { ScriptedOptions } from './scripted-llm-backend';

export const SCRIPTED_BACKEND = path.join(path.dirname(fileURLToPath(import.meta.url)), 'scripted-llm-backend.ts');

export const SCRIPTED_MODEL: ModelRef = { id: 'scripted-model', name: 'Scripted model', file: '/nowhere/scripted.gguf' };

export function scriptedRuntime(options: ScriptedOptions = {}): LlmRuntime {
  return new LlmRuntime({ backendModule: SCRIPTED_BACKEND, backendOptions: { ...options } });
}

/** The requests the scripted model received, in order. */
export async function loggedRequests(logFile: string): Promise<{ model: string; messages: ChatTurn[]; options: GenerateOptions }[]> {
  const text = await readFile(logFile, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}
