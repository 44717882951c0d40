// Tests never run Docent with the developer's own settings: a PINECONE_API_KEY or OPENAI_BASE_URL in the shell must
// not send test documents to a real service. cleanEnv() drops them, and every place the tests and benchmarks start
// Docent (createDocent, the packaged app) passes an environment built by it, or a literal that copies nothing from
// process.env: checked over the source, as a lint would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { cleanEnv } from '../helpers/clean-env';
import { repoRoot } from '../helpers/paths';

test('cleanEnv drops PINECONE_*, OPENAI_* and DOCENT_* and keeps the rest, plus what the test sets', () => {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, { PINECONE_API_KEY: 'pc-real', OPENAI_API_KEY: 'sk-real', OPENAI_BASE_URL: 'https://api.example', DOCENT_ANSWERS: 'openai', DOCENT_DATA_DIR: '/home/me/docent' });
    const env = cleanEnv({ PINECONE_INDEX: 'test-index' });
    for (const key of ['PINECONE_API_KEY', 'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'DOCENT_ANSWERS', 'DOCENT_DATA_DIR']) assert.equal(env[key], undefined, key);
    assert.equal(env.PINECONE_INDEX, 'test-index');
    assert.equal(env.PATH, process.env.PATH);
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
});

/** The text of each call `name(...)` in `source`, parentheses balanced. */
function callsOf(source: string, name: string): string[] {
  const calls: string[] = [];
  for (let at = source.indexOf(`${name}(`); at >= 0; at = source.indexOf(`${name}(`, at + 1)) {
    let depth = 0;
    for (let i = at + name.length; i < source.length; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) {
        calls.push(source.slice(at, i + 1));
        break;
      }
    }
  }
  return calls;
}

/**
 * True when the call passes `env:` built by cleanEnv() (directly, or through a variable of a file that builds it), or an
 * object literal that copies nothing from process.env (`env: {}` inherits nothing either).
 */
function startsClean(call: string, source: string): boolean {
  const literal = /\benv:\s*(\{[^}]*\})/.exec(call);
  if (literal) return !literal[1].includes('process.env');
  if (/\benv:\s*(options\.env\s*\?\?\s*)?cleanEnv\(/.test(call)) return true;
  return /\benv(:\s*env)?\s*[,}]/.test(call) && source.includes('cleanEnv(');
}

/** Files whose Docent gets its environment another way, and why. */
const EXEMPT: Record<string, string> = {
  'tests/helpers/crash-child.ts': 'a child process: its parent (crash-run.ts) starts it with cleanEnv()',
};

test('every createDocent and app launch in the tests and benchmarks gets an environment from cleanEnv()', async () => {
  const offenders: string[] = [];
  for (const dir of ['tests', 'bench']) {
    const entries = await readdir(path.join(repoRoot, dir), { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile() && e.name.endsWith('.ts'))) {
      const file = path.relative(repoRoot, path.join(entry.parentPath, entry.name));
      if (EXEMPT[file] || file === 'tests/unit/clean-env.test.ts') continue;
      const source = (await readFile(path.join(repoRoot, file), 'utf8')).replace(/(^|\s)\/\/.*$/gm, '$1');
      for (const call of [...callsOf(source, 'createDocent'), ...callsOf(source, 'electron.launch')]) {
        if (!startsClean(call, source)) offenders.push(`${file}: ${call.replace(/\s+/g, ' ').slice(0, 160)}`);
      }
    }
  }
  assert.deepEqual(offenders, [], 'start Docent with env: cleanEnv(...) (tests/helpers/clean-env.ts)');
});
