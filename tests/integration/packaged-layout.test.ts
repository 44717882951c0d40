// The packaged app's layout, proven: electron-builder builds the unpacked app (`dir`, Linux x64) from the repository's
// own electron-builder.json, with a stub Electron distribution (nothing is downloaded). A probe bundled like main.cjs
// is put beside it in a view of the layout as Electron's fs shows it (app.asar a folder, unpacked files on disk) and
// runs the app's own path functions from there — the extraction worker, the model thread, pdf.js's worker, cmaps,
// fonts and wasm, tesseract.js's worker, core and language data, the base library and the model catalog from
// process.resourcesPath — and really loads the runtimes: extraction of the base library in the extraction worker,
// OCR, LanceDB, onnxruntime-node, node-llama-cpp's prebuilt CPU binaries. Then every computed file must be in
// app.asar, app.asar.unpacked or the extra resources, and every native library must be unpacked with the libraries
// beside it (the dynamic linker cannot read inside an archive).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { build as esbuild } from 'esbuild';
import { bundleOptions, IMPORT_META_URL, KEEP_ON_DISK } from '../../scripts/electron-bundles.mjs';
import type { ProbeReport } from '../fixtures/packaged/layout-probe';
import {
  buildElectronBundles,
  buildUnpackedApp,
  ensureRendererBuilt,
  readAsarEntries,
  removeDir,
  writeLayoutView,
  type AsarEntry,
  type PackagedApp,
} from '../helpers/packaged-app';
import { repoRoot } from '../helpers/paths';

const run = promisify(execFile);

let outDir = '';
let app: PackagedApp;
let entries: Map<string, AsarEntry>;
let view = '';
let report: ProbeReport;

before(
  async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'docent-packaged-'));
    ensureRendererBuilt();
    await buildElectronBundles();
    // Built once for the whole file: copying the dependencies takes a minute or two.
    app = await buildUnpackedApp(outDir);
    entries = readAsarEntries(path.join(app.resourcesPath, 'app.asar'));
    view = path.join(outDir, 'view', 'resources');
    await writeLayoutView(app, view);
    const probe = path.join(view, 'app.asar', 'dist', 'electron', 'layout-probe.cjs');
    const entry = { in: 'tests/fixtures/packaged/layout-probe.ts', out: 'layout-probe.cjs', external: KEEP_ON_DISK, ...IMPORT_META_URL };
    await esbuild({ ...bundleOptions(repoRoot, entry, probe), sourcemap: false });
    const reportFile = path.join(outDir, 'probe-report.json');
    // Plain Node stands in for Electron's: paths stay inside the view (symlinks kept), as Electron keeps them in app.asar.
    await run(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', probe, view, reportFile], {
      cwd: outDir,
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    report = JSON.parse(await readFile(reportFile, 'utf8')) as ProbeReport;
  },
  { timeout: 30 * 60_000 },
);

after(async () => {
  if (outDir) await removeDir(outDir);
});

/** Where a path computed inside the view really is in the built app: in app.asar (packed or unpacked) or a resource. */
function locate(computed: string): { rel: string; inAsar: string | undefined } {
  const rel = path.relative(view, computed.replace(/[/\\]+$/, ''));
  assert.ok(!rel.startsWith('..') && !path.isAbsolute(rel), `${computed} is outside process.resourcesPath`);
  const parts = rel.split(path.sep);
  return { rel, inAsar: parts[0] === 'app.asar' ? parts.slice(1).join('/') : undefined };
}

test('the runtimes load and work from the packaged layout', () => {
  assert.deepEqual(report.failures, [], report.failures.map((f) => `${f.what}: ${f.error}`).join('\n\n'));
});

test('every file the code computes from process.resourcesPath is in app.asar, app.asar.unpacked or the extra resources', () => {
  assert.ok(report.paths.length > 20, 'the probe reported the paths it computed');
  const problems: string[] = [];
  for (const { what, path: computed, kind } of report.paths) {
    const { rel, inAsar } = locate(computed);
    if (inAsar === undefined) {
      const real = path.join(app.resourcesPath, rel);
      if (!existsSync(real)) problems.push(`${what}: ${rel} is not among the extra resources`);
      else if (statSync(real).isDirectory() !== (kind === 'dir')) problems.push(`${what}: ${rel} is not a ${kind}`);
      continue;
    }
    const entry = entries.get(inAsar);
    if (!entry) {
      problems.push(`${what}: ${inAsar} is not in app.asar`);
      continue;
    }
    if ((entry.kind === 'dir') !== (kind === 'dir')) problems.push(`${what}: ${inAsar} is not a ${kind} in app.asar`);
    if (kind === 'dir' && ![...entries.keys()].some((k) => k.startsWith(`${inAsar}/`))) problems.push(`${what}: ${inAsar} is empty`);
    if (entry.unpacked && kind === 'file' && !existsSync(path.join(app.resourcesPath, 'app.asar.unpacked', inAsar))) {
      problems.push(`${what}: ${inAsar} is marked unpacked but missing from app.asar.unpacked`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every native library is loaded from app.asar.unpacked, with the libraries beside it', () => {
  // The five native runtimes the app uses, as their loaders found them.
  for (const expected of [/lancedb[^/]*\.node$/, /onnxruntime_binding\.node$/, /sharp[^/]*\.node$/, /llama-addon\.node$/, /koffi\.node$/]) {
    assert.ok(report.natives.some((n) => expected.test(n)), `no native library matching ${expected} was loaded: ${report.natives.join(', ')}`);
  }
  const problems: string[] = [];
  for (const native of report.natives) {
    const { rel, inAsar } = locate(native);
    if (inAsar === undefined) {
      problems.push(`${rel} is not inside app.asar`);
      continue;
    }
    const folder = path.posix.dirname(inAsar);
    const besideIt = [...entries].filter(([k, e]) => path.posix.dirname(k) === folder && e.kind === 'file');
    for (const [k, e] of besideIt) {
      if (!e.unpacked) problems.push(`${k} (beside ${path.posix.basename(inAsar)}) is packed in app.asar, not unpacked`);
      else if (!existsSync(path.join(app.resourcesPath, 'app.asar.unpacked', k))) problems.push(`${k} is missing from app.asar.unpacked`);
    }
  }
  assert.deepEqual(problems, []);
});
