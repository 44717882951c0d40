// Builds the unpacked packaged app (electron-builder's `dir` target, Linux x64) without downloading Electron, and reads
// its layout the way Electron's patched fs does: app.asar is a folder whose files live either in the archive or, when
// marked unpacked, in app.asar.unpacked beside it.
import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { build as esbuild } from 'esbuild';
import { getRawHeader } from '@electron/asar';
import { Arch, Platform, build as electronBuilder } from 'electron-builder';
import { bundleOptions, ENTRIES } from '../../scripts/electron-bundles.mjs';
import { repoRoot } from './paths';

/**
 * A stand-in for the Electron distribution (what electronDist points at): electron-builder copies it, renames the
 * executable and adds resources/app.asar. Nothing here runs, so an empty script in place of the binary is enough.
 */
async function writeStubElectronDist(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  await mkdir(path.join(dir, 'resources'), { recursive: true });
  await writeFile(path.join(dir, 'electron'), '#!/bin/sh\necho "stub Electron: nothing to run"\nexit 1\n');
  await chmod(path.join(dir, 'electron'), 0o755);
  for (const file of ['LICENSE', 'LICENSES.chromium.html', 'version']) await writeFile(path.join(dir, file), '');
}

/** Bundles the Electron side into dist/electron/ exactly as `npm run build:electron` does (same entries, same options). */
export async function buildElectronBundles(): Promise<void> {
  for (const entry of ENTRIES) await esbuild(bundleOptions(repoRoot, entry, path.join(repoRoot, 'dist', 'electron', entry.out)));
}

/** The renderer is packaged from dist/renderer/; `npm test` builds it first, a test run alone builds it here. */
export function ensureRendererBuilt(): void {
  if (existsSync(path.join(repoRoot, 'dist', 'renderer', 'index.html'))) return;
  execFileSync('npm', ['run', '--silent', 'build:renderer'], { cwd: repoRoot, stdio: 'inherit' });
}

export interface PackagedApp {
  /** <out>/linux-unpacked/resources: what Electron gives as process.resourcesPath. */
  resourcesPath: string;
}

/**
 * Runs electron-builder on the repository with its own electron-builder.json, changed only where this machine needs
 * it: the Electron distribution is the stub (no download), native modules are not rebuilt (they are Node-API
 * prebuilds; rebuilding would download headers), nothing is published. `configOverride` lets a test break the
 * configuration on purpose.
 */
export async function buildUnpackedApp(outDir: string, configOverride: Record<string, unknown> = {}): Promise<PackagedApp> {
  const stub = path.join(outDir, 'electron-dist');
  await writeStubElectronDist(stub);
  const config = JSON.parse(await readFile(path.join(repoRoot, 'electron-builder.json'), 'utf8'));
  await electronBuilder({
    projectDir: repoRoot,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: {
      ...config,
      electronDist: stub,
      npmRebuild: false,
      publish: null,
      directories: { ...config.directories, output: path.join(outDir, 'release') },
      ...configOverride,
    },
  });
  return { resourcesPath: path.join(outDir, 'release', 'linux-unpacked', 'resources') };
}

/** One entry of app.asar's header. */
export interface AsarEntry {
  kind: 'file' | 'dir' | 'link';
  /** The file lives in app.asar.unpacked (on disk), not in the archive. */
  unpacked: boolean;
}

interface HeaderNode {
  files?: Record<string, HeaderNode>;
  link?: string;
  unpacked?: boolean;
  offset?: string;
  size?: number;
  executable?: boolean;
}

/** Every path in app.asar (relative, '/'-separated), with its kind and whether it is unpacked. */
export function readAsarEntries(archive: string): Map<string, AsarEntry & { node: HeaderNode }> {
  const { header } = getRawHeader(archive) as unknown as { header: HeaderNode };
  const entries = new Map<string, AsarEntry & { node: HeaderNode }>();
  const walk = (node: HeaderNode, prefix: string): void => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const rel = prefix ? `${prefix}/${name}` : name;
      const kind = child.files ? 'dir' : child.link !== undefined ? 'link' : 'file';
      entries.set(rel, { kind, unpacked: child.unpacked === true, node: child });
      if (child.files) walk(child, rel);
    }
  };
  walk(header, '');
  return entries;
}

/**
 * Writes `viewResources`, a copy of the resources folder as Electron's fs shows it to the app: app.asar is a real folder
 * there, archived files are written out, unpacked files are symlinks into app.asar.unpacked, the extra resources are
 * symlinks to the built ones. Run with `node --preserve-symlinks` so paths stay inside the view, as they do in Electron.
 */
export async function writeLayoutView(app: PackagedApp, viewResources: string): Promise<void> {
  const archive = path.join(app.resourcesPath, 'app.asar');
  const { headerSize } = getRawHeader(archive) as unknown as { headerSize: number };
  // The archive: an 8-byte size pickle, the header pickle (headerSize bytes), then the files' bytes.
  const dataStart = 8 + headerSize;
  const fd = openSync(archive, 'r');
  try {
    for (const [rel, entry] of readAsarEntries(archive)) {
      const target = path.join(viewResources, 'app.asar', rel);
      if (entry.kind === 'dir') {
        await mkdir(target, { recursive: true });
      } else if (entry.kind === 'link') {
        // A link in the archive names its target from the archive's root.
        await symlink(path.relative(path.dirname(rel), entry.node.link!), target);
      } else if (entry.unpacked) {
        await symlink(path.join(app.resourcesPath, 'app.asar.unpacked', rel), target);
      } else {
        const bytes = Buffer.alloc(entry.node.size ?? 0);
        if (bytes.length > 0) readSync(fd, bytes, 0, bytes.length, dataStart + Number(entry.node.offset));
        await writeFile(target, bytes, { mode: entry.node.executable ? 0o755 : 0o644 });
      }
    }
  } finally {
    closeSync(fd);
  }
  for (const extra of await readdir(app.resourcesPath)) {
    if (extra === 'app.asar' || extra === 'app.asar.unpacked') continue;
    await symlink(path.join(app.resourcesPath, extra), path.join(viewResources, extra));
  }
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
