// `<data>/models/.partial/`: downloads not yet installed. `<id>/` holds the files (verified ones under their names,
// unfinished ones as `<name>.part`); `<id>.json` remembers what a restart needs to resume: where the files come from,
// the digests the server published and the files already verified. Nothing here is ever listed as installed.
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../sessions/atomic-write';
import { MODEL_ID_PATTERN, modelsDir } from './manifest';

const PublishedSchema = z.object({ sha256: z.string().optional(), sha1: z.string().optional(), size: z.number().optional() });

const PartialStateSchema = z.object({
  version: z.literal(1),
  id: z.string().regex(MODEL_ID_PATTERN),
  /** Where the files come from (repo@revision, or a URL): a state for another origin is not resumed. */
  origin: z.string(),
  files: z.record(
    z.string(),
    z.object({ published: PublishedSchema.optional(), verified: z.object({ sha256: z.string(), size: z.number() }).optional() }),
  ),
});
export type PartialState = z.infer<typeof PartialStateSchema>;

export function partialRoot(dataDir: string): string {
  return path.join(modelsDir(dataDir), '.partial');
}

export function partialDir(dataDir: string, id: string): string {
  if (!MODEL_ID_PATTERN.test(id)) throw new Error(`not a model id: ${id}`);
  return path.join(partialRoot(dataDir), id);
}

function stateFile(dataDir: string, id: string): string {
  return `${partialDir(dataDir, id)}.json`;
}

/** The state of an interrupted download, or a fresh one when there is none (or it was for another origin). */
export async function readPartialState(dataDir: string, id: string, origin: string): Promise<PartialState> {
  try {
    const state = PartialStateSchema.parse(JSON.parse(await readFile(stateFile(dataDir, id), 'utf8')));
    if (state.id === id && state.origin === origin) return state;
  } catch {
    // none yet, or unreadable: start clean
  }
  await rm(partialDir(dataDir, id), { recursive: true, force: true });
  return { version: 1, id, origin, files: {} };
}

export async function writePartialState(dataDir: string, state: PartialState): Promise<void> {
  await mkdir(partialRoot(dataDir), { recursive: true });
  await writeFileAtomic(stateFile(dataDir, state.id), `${JSON.stringify(state)}\n`);
}

export async function removePartial(dataDir: string, id: string): Promise<void> {
  await rm(partialDir(dataDir, id), { recursive: true, force: true });
  await rm(stateFile(dataDir, id), { force: true });
}

/** Bytes already on disk for an interrupted download (verified files and parts), for "resume" and disk checks. */
export async function partialBytes(dataDir: string, id: string): Promise<number> {
  let total = 0;
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else total += (await stat(full).catch(() => ({ size: 0 }))).size;
    }
  };
  await walk(partialDir(dataDir, id));
  return total;
}

/** Ids with an interrupted download that has a state to resume from. */
export async function listPartials(dataDir: string): Promise<string[]> {
  const names = await readdir(partialRoot(dataDir)).catch(() => [] as string[]);
  return names.filter((n) => n.endsWith('.json') && MODEL_ID_PATTERN.test(n.slice(0, -5))).map((n) => n.slice(0, -5));
}

/**
 * At start: keeps the interrupted downloads `keep` says can be resumed and removes everything else in `.partial/`
 * (downloads of models no longer offered, half-copied imports, models being deleted when the app stopped).
 */
export async function sweepPartials(dataDir: string, keep: (id: string) => boolean): Promise<string[]> {
  const root = partialRoot(dataDir);
  const removed: string[] = [];
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const id = name.endsWith('.json') ? name.slice(0, -5) : name;
    if (MODEL_ID_PATTERN.test(id) && keep(id)) continue;
    await rm(path.join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
