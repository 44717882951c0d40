// What the Electron shell's app://docent/ protocol serves: the renderer's files with the CSP, nothing else.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { appProtocolResponse } from '../../electron/app/web/app-protocol';
import { sanitiseFileName } from '../../electron/app/web/uploads';
import { tempDataDir } from '../helpers/paths';

let tmp: { dir: string; cleanup: () => Promise<void> };
let rendererDir: string;

before(async () => {
  tmp = await tempDataDir('docent-app-protocol-');
  rendererDir = path.join(tmp.dir, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(path.join(rendererDir, 'assets', 'a.js'), 'export {}');
  await writeFile(path.join(tmp.dir, 'secret.txt'), 'SECRET');
  await symlink(path.join(tmp.dir, 'secret.txt'), path.join(rendererDir, 'escape.txt'));
});
after(() => tmp.cleanup());

test('serves the renderer with the CSP and the right type', async () => {
  const index = await appProtocolResponse('app://docent/', rendererDir);
  assert.equal(index.status, 200);
  assert.match(await index.text(), /<title>app<\/title>/);
  assert.match(index.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  const js = await appProtocolResponse('app://docent/assets/a.js', rendererDir);
  assert.equal(js.headers.get('content-type'), 'text/javascript; charset=utf-8');
  assert.equal(js.headers.get('x-content-type-options'), 'nosniff');
});

test('refuses other hosts, other methods and anything outside the renderer folder', async () => {
  assert.equal((await appProtocolResponse('app://evil/index.html', rendererDir)).status, 403);
  assert.equal((await appProtocolResponse('app://docent/index.html', rendererDir, 'POST')).status, 405);
  for (const url of ['app://docent/../secret.txt', 'app://docent/%2e%2e/secret.txt', 'app://docent/..%2fsecret.txt', 'app://docent/%2e%2e%5csecret.txt', 'app://docent/escape.txt', 'app://docent/assets', `app://docent/${tmp.dir}/secret.txt`]) {
    const response = await appProtocolResponse(url, rendererDir);
    assert.notEqual(response.status, 200, url);
    assert.doesNotMatch(await response.text(), /SECRET/, url);
  }
});

test('upload names are made safe without losing what can be kept', () => {
  assert.equal(sanitiseFileName('../../etc/passwd'), 'passwd');
  assert.equal(sanitiseFileName('C:\\Users\\me\\report.pdf'), 'report.pdf');
  assert.equal(sanitiseFileName('notes Ω 日本.txt'), 'notes Ω 日本.txt');
  assert.equal(sanitiseFileName('a<b>:c|d?.txt'), 'a_b__c_d_.txt');
  assert.equal(sanitiseFileName('..'), 'upload');
  assert.equal(sanitiseFileName(''), 'upload');
  const long = sanitiseFileName(`${'é'.repeat(300)}.pdf`);
  assert.ok(Buffer.byteLength(long) <= 200);
  assert.ok(long.endsWith('.pdf'));
});
