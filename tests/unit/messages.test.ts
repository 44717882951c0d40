// Messages from the main process in the window's language: every code the core produces has a wording in the catalogs
// (so a French window never falls back to English for a message Docent itself sends), the window words a message by
// its code and params, falls back to the English message for a code it does not know or params it lacks, and keeps the
// technical cause for "Details". Notices fold as the window shows them: one entry per repeated message, progress
// replacing itself, problems kept until dismissed.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { en } from '../../renderer/src/i18n/messages';
import { LOCALES } from '../../renderer/src/i18n/locales';
import { translatorFor } from '../../renderer/src/i18n/translator';
import { sayMessage } from '../../renderer/src/i18n/say';
import { addToast, isProblem, makeToast, MAX_PROBLEMS, type Toast } from '../../renderer/src/state/toasts';
import { repoRoot } from '../helpers/paths';
import { toErrorInfo } from '../../electron/app/ingest/error-info';
import { ExtractError } from '../../electron/app/documents/types';
import { userMessage } from '../../electron/app/user-message';

async function sourceFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await sourceFiles(full)));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out;
}

describe('every message the core sends has a wording in every language', () => {
  test('each userMessage code in electron/ is a catalog key msg.<code>', async () => {
    const codes = new Set<string>();
    for (const file of await sourceFiles(path.join(repoRoot, 'electron'))) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/userMessage\(\s*(?:'([a-z0-9-]+)'|([A-Z_]+)\b)/g)) {
        if (match[1]) codes.add(match[1]);
      }
    }
    assert.ok(codes.size > 30, `found ${codes.size} codes: the scan is looking in the right place`);
    const missing = [...codes].filter((code) => !(`msg.${code}` in en));
    assert.deepEqual(missing, [], 'codes without a wording');
  });

  test('each extraction error code and endpoint failure reason is worded', async () => {
    const types = await readFile(path.join(repoRoot, 'electron/app/documents/types.ts'), 'utf8');
    const union = /export type ExtractErrorCode =([\s\S]*?);/.exec(types)?.[1] ?? '';
    const extractCodes = [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    assert.ok(extractCodes.length >= 10);
    assert.deepEqual(extractCodes.filter((code) => !(`msg.${code}` in en)), []);
    const embedder = await readFile(path.join(repoRoot, 'electron/app/embeddings/openai-embedder.ts'), 'utf8');
    const reasons = [...(/export type EndpointFailure =([\s\S]*?);/.exec(embedder)?.[1] ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
    assert.ok(reasons.length >= 10);
    assert.deepEqual(reasons.filter((reason) => reason !== 'failed' && !(`msg.endpoint-failed.${reason}` in en)), []);
  });
});

describe('saying a message', () => {
  const fr = translatorFor('fr');
  const corrupt = toErrorInfo(new ExtractError('corrupt', 'report.pdf: damaged PDF, no page could be read (Invalid PDF structure)'), 'report.pdf');

  test('a known code is said in the window’s language with its params, and the cause stays behind Details', () => {
    assert.equal(corrupt.code, 'corrupt');
    assert.deepEqual(corrupt.params, { file: 'report.pdf' });
    const said = sayMessage(fr, corrupt);
    assert.equal(said.localized, true);
    assert.equal(said.text, 'report.pdf semble endommagé\u00a0: Docent n’a pas pu le lire.');
    assert.equal(said.detail, 'damaged PDF, no page could be read (Invalid PDF structure)');
    assert.doesNotMatch(said.text, /Invalid PDF/);
  });

  test('every language says it in its own words', () => {
    const texts = LOCALES.map((locale) => sayMessage(translatorFor(locale), corrupt).text);
    assert.equal(new Set(texts).size, LOCALES.length);
    for (const text of texts) assert.match(text, /report\.pdf/);
  });

  test('a reason picks the finer wording; an unknown reason the code’s own', () => {
    const sized = toErrorInfo(new ExtractError('too-large', 'big.pdf: 600 MB is over the 512 MB limit', { reason: 'over-limit', size: 600, limit: 512 }), 'big.pdf');
    assert.equal(sayMessage(fr, sized).text, 'big.pdf pèse 600\u00a0Mo, au-delà des 512\u00a0Mo que Docent lit.');
    const other = toErrorInfo(new ExtractError('too-large', 'big.docx: a zip bomb', { reason: 'zip-bomb' }), 'big.docx');
    assert.equal(sayMessage(fr, other).text, 'big.docx est trop volumineux pour que Docent le lise.');
  });

  test('an unknown code, or params that lack what the wording needs, fall back to the English message', () => {
    const unknown = sayMessage(fr, { code: 'something-new', message: 'Something new happened.', detail: 'x' });
    assert.deepEqual(unknown, { text: 'Something new happened.', localized: false });
    // A document error stored by an older version: a code, but no params.
    const old = sayMessage(fr, { code: 'corrupt', message: 'old.pdf: could not be read' });
    assert.equal(old.text, 'old.pdf: could not be read');
    assert.equal(sayMessage(fr, { message: 'Plain.' }).text, 'Plain.');
  });

  test('an untitled session is named in the window’s words', () => {
    const text = sayMessage(fr, userMessage('session-end-finished', 'Finished ending an untitled session, which was interrupted.', { title: '' })).text;
    assert.equal(text, 'La fin de «\u00a0Session sans titre\u00a0», qui avait été interrompue, est terminée.');
  });

  test('numbers in params are written the language’s way', () => {
    const m = userMessage('pinecone-connected', 'Connected…', { index: 'docs', ready: 'yes', dimension: 1536, records: 12345 });
    assert.equal(sayMessage(translatorFor('de'), m).text, 'Mit Pinecone verbunden: Der Index „docs“ ist bereit, mit 1536 Dimensionen und 12.345 Einträgen.');
  });
});

describe('notices as the window folds them', () => {
  const add = (list: Toast[], level: Toast['level'], message: Parameters<typeof makeToast>[1]) => addToast(list, makeToast(level, message)).toasts;

  test('the same message twice is one entry with a count', () => {
    let list: Toast[] = [];
    list = add(list, 'error', { code: 'reindex-failed', message: 'Re-indexing stopped.' });
    list = add(list, 'error', { code: 'reindex-failed', message: 'Re-indexing stopped.' });
    assert.equal(list.length, 1);
    assert.equal(list[0].count, 2);
  });

  test('information with the same code replaces itself (a download counting up)', () => {
    let list: Toast[] = [];
    for (const done of [1, 2, 3]) list = add(list, 'info', { code: 'model-downloading', message: `Downloading: ${done} MB`, params: { file: 'm', done } });
    assert.equal(list.length, 1);
    assert.equal(list[0].message.params?.done, 3);
  });

  test('problems gather in one list, capped, oldest dropped first; information is not a problem', () => {
    let list: Toast[] = [];
    for (let i = 0; i < MAX_PROBLEMS + 10; i++) list = add(list, i % 2 ? 'warning' : 'error', `problem ${i}`);
    list = add(list, 'info', 'fyi');
    assert.equal(list.filter(isProblem).length, MAX_PROBLEMS);
    assert.equal(list.filter(isProblem)[0].message.message, 'problem 10');
    assert.equal(list.filter((t) => !isProblem(t)).length, 1);
  });
});
