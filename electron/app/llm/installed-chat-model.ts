// The installed chat model a setting names, as the runtime needs it: its GGUF file, name and context length.
import path from 'node:path';
import { installedModelDir, readInstalledModel } from '../models/manifest';
import type { ModelRef } from './protocol';

/** Undefined when no such model is installed, or it is not a GGUF chat model. */
export async function installedChatModel(dataDir: string, id: string): Promise<ModelRef | undefined> {
  if (!id) return undefined;
  const manifest = await readInstalledModel(dataDir, id);
  if (!manifest || manifest.role !== 'chat' || manifest.format !== 'gguf') return undefined;
  const gguf = manifest.files.find((f) => f.path.toLowerCase().endsWith('.gguf')) ?? manifest.files[0];
  return {
    id: manifest.id,
    name: manifest.name,
    file: path.join(installedModelDir(dataDir, id), ...gguf.path.split('/')),
    ...(manifest.contextLength ? { contextLength: manifest.contextLength } : {}),
  };
}
