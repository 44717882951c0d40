// The runtime boundaries of STYLE.md, checked over the source: shared/ imports neither Node nor the DOM, the renderer
// imports no Node and no Electron, electron/app/ never imports electron, and raw ipcMain/ipcRenderer live only in
// the two wrappers. A lint rule in spirit, kept as a test so it runs wherever the suite runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { builtinModules } from 'node:module';
import { repoRoot } from '../helpers/paths';

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

async function sources(dir: string): Promise<string[]> {
  const root = path.join(repoRoot, dir);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

/** Module specifiers a file loads at run time (type-only imports are erased and do not count). */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of withoutComments(source).replace(/import\s+type\s[^;]*;/g, '').matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    specifiers.push(match[1] ?? match[2] ?? match[3]);
  }
  return specifiers;
}

async function violations(dir: string, forbidden: (specifier: string, file: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const file of await sources(dir)) {
    for (const specifier of importsOf(await readFile(file, 'utf8'))) {
      if (forbidden(specifier, file)) found.push(`${path.relative(repoRoot, file)} imports ${specifier}`);
    }
  }
  return found;
}

test('shared/ imports neither Node nor Electron nor anything outside shared/ but zod', async () => {
  const found = await violations('shared', (s) => NODE_BUILTINS.has(s) || s === 'electron' || (!s.startsWith('.') && s !== 'zod') || s.startsWith('..'));
  assert.deepEqual(found, []);
});

test('shared/ uses no DOM globals', async () => {
  const found: string[] = [];
  for (const file of await sources('shared')) {
    const text = withoutComments(await readFile(file, 'utf8'));
    for (const name of ['window', 'document', 'navigator', 'localStorage', 'HTMLElement']) {
      if (new RegExp(`\\b${name}\\.[A-Za-z_]`).test(text)) found.push(`${path.relative(repoRoot, file)} uses ${name}`);
    }
  }
  assert.deepEqual(found, []);
});

test('the renderer imports no Node module, no Electron and nothing from electron/', async () => {
  const found = await violations('renderer/src', (s) => NODE_BUILTINS.has(s) || s === 'electron' || /(^|\/)electron\//.test(s));
  assert.deepEqual(found, []);
});

test('electron/app/ never imports electron', async () => {
  const found = await violations('electron/app', (s) => s === 'electron' || s.startsWith('electron/'));
  assert.deepEqual(found, []);
});

test('only electron/main.ts and electron/preload.ts import electron; raw IPC only in the two wrappers', async () => {
  const files = await sources('electron');
  const importers: string[] = [];
  const rawIpc: string[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const rel = path.relative(repoRoot, file);
    if (importsOf(text).includes('electron')) importers.push(rel);
    if (/\bipc(Main|Renderer)\b/.test(withoutComments(text).replace(/import\s+type\s[^;]*;/g, ''))) rawIpc.push(rel);
  }
  const allowed = new Set(['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts']);
  assert.deepEqual(importers.filter((f) => !allowed.has(f)), []);
  assert.deepEqual(rawIpc.filter((f) => !allowed.has(f)), []);
});
