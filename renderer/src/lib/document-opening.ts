// A document opened from a list (a click on its row) rather than from a citation. The source viewer shows it the
// same way, at its first page, with nothing marked and no citation number: `n` 0, which no citation has (they count
// from 1), says so.
import type { Citation } from '../../../shared/model';

export function documentOpening(sid: string, document: { fileId: string; name: string }): Citation {
  return { n: 0, sid, fileId: document.fileId, fileName: document.name, page: 1, pageEnd: 1, start: 0, end: 0, text: '' };
}

export function isDocumentOpening(source: Citation): boolean {
  return source.n === 0;
}
