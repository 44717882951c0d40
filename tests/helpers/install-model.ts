// Puts a model file into a data dir the way the model manager installs one (DESIGN.md §7): `<data>/models/<id>/` with
// the file and a manifest.json naming it with its size and sha256.
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { installedModelDir, MANIFEST_FILE, type ModelManifest } from '../../electron/app/models/manifest';

export async function installChatModel(dataDir: string, id: string, gguf: string, extra: Partial<ModelManifest> = {}): Promise<string> {
  const dir = installedModelDir(dataDir, id);
  await mkdir(dir, { recursive: true });
  const fileName = 'model.gguf';
  await copyFile(gguf, path.join(dir, fileName));
  const bytes = await readFile(path.join(dir, fileName));
  const manifest: ModelManifest = {
    version: 1,
    id,
    role: 'chat',
    format: 'gguf',
    name: `Test model ${id}`,
    files: [{ path: fileName, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }],
    source: 'import',
    contextLength: 4096,
    installedAt: new Date().toISOString(),
    ...extra,
  };
  await writeFile(path.join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return path.join(dir, fileName);
}
