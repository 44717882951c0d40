// The base library: the preinstalled documents (resources/base-docs), indexed under the reserved sid `base` so every
// session's questions reach them. Indexed once on first start and re-synced when a document or the embedder changes.
// Ending a session never touches them.
import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { BASE_SID } from '../../../shared/ids';
import { DocumentRecordSchema, type DocumentRecord } from '../../../shared/model';
import type { EventHub } from '../events';
import { indexDocument, type IndexTools } from '../ingest/index-document';
import { toErrorInfo } from '../ingest/error-info';
import { newDocumentRecord } from '../ingest/new-document-record';
import { writeFileAtomic } from '../sessions/atomic-write';
import { identityOf } from '../models/file-digests';

const ManifestSchema = z.object({
  embedderId: z.string(),
  storeKind: z.string(),
  documents: z.array(DocumentRecordSchema),
});
type Manifest = z.infer<typeof ManifestSchema>;

const READABLE = /\.(pdf|docx|html?|md|markdown|txt|csv)$/i;

export class BaseLibrary {
  readonly dir: string;
  readonly filesDir: string;
  private manifest: Manifest | undefined;
  private syncing: Promise<void> | undefined;

  constructor(
    dataDir: string,
    private readonly sourceDir: string,
    private readonly events: EventHub,
  ) {
    this.dir = path.join(dataDir, 'base');
    this.filesDir = path.join(this.dir, 'files');
  }

  async list(): Promise<DocumentRecord[]> {
    return (this.manifest ?? (await this.readManifest()))?.documents ?? [];
  }

  /** Brings the indexed base library in line with the source folder. Runs once at a time. */
  sync(tools: IndexTools, signal: AbortSignal): Promise<void> {
    this.syncing ??= this.runSync(tools, signal).finally(() => (this.syncing = undefined));
    return this.syncing;
  }

  private async runSync(tools: IndexTools, signal: AbortSignal): Promise<void> {
    await mkdir(this.filesDir, { recursive: true, mode: 0o700 });
    const previous = await this.readManifest();
    const sameIndex = previous && previous.embedderId === tools.embedder.id && previous.storeKind === tools.store.kind;
    const names = (await readdir(this.sourceDir).catch(() => [] as string[])).filter((n) => READABLE.test(n)).sort();
    const sources: { name: string; sha256: string; size: number; fileId: string }[] = [];
    for (const name of names) {
      signal.throwIfAborted();
      const { sha256, size } = await identityOf(path.join(this.sourceDir, name));
      sources.push({ name, sha256, size, fileId: sha256.slice(0, 16) });
    }
    // Documents deleted from (or changed in) the source folder leave the index first, before any indexing that may take
    // long: until then questions would still be answered from them, and the list would still show them.
    const wanted = new Set(sources.map((s) => s.fileId));
    const gone = (previous?.documents ?? []).filter((d) => !wanted.has(d.fileId));
    for (const old of gone) {
      signal.throwIfAborted();
      await tools.store.deleteFile(BASE_SID, old.fileId);
      if (old.copy) await rm(path.join(this.filesDir, old.copy), { force: true });
      await rm(path.join(this.filesDir, `${old.fileId}.pages.json`), { force: true });
    }
    if (previous && gone.length > 0) {
      this.manifest = { ...previous, documents: previous.documents.filter((d) => wanted.has(d.fileId)) };
      await writeFileAtomic(path.join(this.dir, 'manifest.json'), JSON.stringify(this.manifest, null, 1));
    }

    const next: DocumentRecord[] = [];
    let done = 0;
    for (const { name, sha256, size, fileId } of sources) {
      signal.throwIfAborted();
      const source = path.join(this.sourceDir, name);
      const known = sameIndex ? previous.documents.find((d) => d.fileId === fileId && d.status === 'ready') : undefined;
      if (known && (await tools.store.countFile(BASE_SID, fileId)) === known.chunks) {
        next.push(known);
        done++;
        continue;
      }
      this.events.emit('status', { type: 'base-sync', done, total: names.length, fileName: name });
      const copy = `${fileId}${path.extname(name).toLowerCase()}`;
      await copyFile(source, path.join(this.filesDir, copy));
      const record = newDocumentRecord({ fileId, name, size, sha256, copy });
      try {
        // Re-indexing replaces whatever an earlier, interrupted sync left for this file.
        await tools.store.deleteFile(BASE_SID, fileId);
        const { doc, chunks } = await indexDocument(
          { sid: BASE_SID, fileId, name, copyPath: path.join(this.filesDir, copy), filesDir: this.filesDir },
          tools,
          { signal, progress: () => {} },
        );
        next.push({ ...record, kind: doc.kind, mime: doc.mime, title: doc.title, pages: doc.pageCount, chunks: chunks.length, status: 'ready' });
      } catch (error) {
        if (signal.aborted) throw error;
        await tools.store.deleteFile(BASE_SID, fileId).catch(() => {});
        next.push({ ...record, status: 'failed', error: toErrorInfo(error, name) });
      }
      done++;
    }
    this.manifest = { embedderId: tools.embedder.id, storeKind: tools.store.kind, documents: next };
    await writeFileAtomic(path.join(this.dir, 'manifest.json'), JSON.stringify(this.manifest, null, 1));
    this.events.emit('status', { type: 'base-sync', done: names.length, total: names.length });
  }

  private async readManifest(): Promise<Manifest | undefined> {
    try {
      this.manifest = ManifestSchema.parse(JSON.parse(await readFile(path.join(this.dir, 'manifest.json'), 'utf8')));
      return this.manifest;
    } catch {
      return undefined;
    }
  }
}
