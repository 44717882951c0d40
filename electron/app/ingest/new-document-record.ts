// The record a document gets the moment its copy exists, before extraction says what it is.
import type { DocumentRecord } from '../../../shared/model';

export function newDocumentRecord(file: { fileId: string; name: string; size: number; sha256: string; copy: string }): DocumentRecord {
  return {
    ...file,
    mime: 'application/octet-stream',
    kind: 'unknown',
    pages: 0,
    chunks: 0,
    status: 'processing',
    addedAt: new Date().toISOString(),
  };
}
