// electron-builder's configuration: every file it names exists, and only the built bundles go into the package — no
// sources, tests or corpora. The built layout itself is proven by tests/integration/packaged-layout.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../helpers/paths';

const config = JSON.parse(readFileSync(path.join(repoRoot, 'electron-builder.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

test('the package holds only the built bundles and package.json', () => {
  const allowed = [/^dist\/electron\/\*\*$/, /^dist\/renderer\/\*\*$/, /^package\.json$/, /^!/];
  for (const pattern of config.files as string[]) assert.ok(allowed.some((re) => re.test(pattern)), `not allowed in the package: ${pattern}`);
  for (const forbidden of ['electron/', 'renderer/src', 'tests/', 'shared/', 'bench/', '../shared', 'corpora', 'userData-sessions']) {
    assert.ok(!(config.files as string[]).some((p) => p.startsWith(forbidden)), forbidden);
  }
});

test('the entry point is the bundled main process, and the scripts build it', () => {
  assert.equal(pkg.main, 'dist/electron/main.cjs');
  assert.match(pkg.scripts.package, /npm run build/);
  assert.match(pkg.scripts.package, /electron-builder/);
});

test('every file and folder the configuration names exists', () => {
  const named = [
    ...config.extraResources.map((r: { from: string }) => r.from),
    config.linux.icon,
    config.mac.icon,
    config.win.icon,
    ...(config.asarUnpack as string[]).filter((p) => p.startsWith('node_modules/')).map((p) => p.replace(/\/\*\*$/, '')),
  ];
  for (const p of named) assert.ok(existsSync(path.join(repoRoot, p)), `missing: ${p}`);
  assert.ok(existsSync(path.join(repoRoot, 'resources/base-docs/docent-user-guide.md')));
});

test('installers for Linux, macOS (both architectures) and Windows are configured', () => {
  assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
  assert.deepEqual(config.mac.target[0], { target: 'dmg', arch: ['arm64', 'x64'] });
  assert.deepEqual(config.win.target, ['nsis']);
  assert.equal(config.productName, 'Docent');
});

test('native and data files that cannot load from inside an asar are unpacked', () => {
  for (const p of ['node_modules/@lancedb/**', 'node_modules/pdfjs-dist/cmaps/**', 'node_modules/pdfjs-dist/standard_fonts/**', 'node_modules/@node-llama-cpp/**']) {
    assert.ok(config.asarUnpack.includes(p), p);
  }
});

test('llama.cpp ships its CPU (and Metal) binaries, not the CUDA and Vulkan builds Docent never loads', () => {
  assert.ok((config.files as string[]).includes('!node_modules/@node-llama-cpp/*-cuda*/**'));
  assert.ok((config.files as string[]).includes('!node_modules/@node-llama-cpp/*-vulkan/**'));
});
