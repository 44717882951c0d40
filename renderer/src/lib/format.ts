// Words and numbers the window shows: dates, sizes, ingest stages, citation labels.
import type { Citation, IngestStage } from '../../../shared/model';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(0)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "p. 7" or "pp. 7–8"; nothing for formats without pages (page 0). */
export function pageLabel(page: number, pageEnd: number): string {
  if (page <= 0) return '';
  return pageEnd > page ? `pp. ${page}–${pageEnd}` : `p. ${page}`;
}

export function citationLabel(citation: Pick<Citation, 'fileName' | 'page' | 'pageEnd'>): string {
  const pages = pageLabel(citation.page, citation.pageEnd);
  return pages ? `${citation.fileName} ${pages}` : citation.fileName;
}

/** What a progress bar says while a file moves through ingestion. */
export function stageLabel(stage: IngestStage, done: number, total: number): string {
  const count = total > 0 ? ` ${Math.min(done, total)}/${total}` : '';
  switch (stage) {
    case 'queued':
      return 'Waiting';
    case 'copy':
      return 'Copying';
    case 'extract':
      return `Reading pages${count}`;
    case 'chunk':
      return 'Cutting into passages';
    case 'embed':
      return `Embedding passages${count}`;
    case 'store':
      return `Storing${count}`;
  }
}

/** The stages in order, so a bar can show overall progress rather than restart at each stage. */
const STAGE_WEIGHTS: Record<IngestStage, [start: number, span: number]> = {
  queued: [0, 0],
  copy: [0, 5],
  extract: [5, 45],
  chunk: [50, 5],
  embed: [55, 35],
  store: [90, 10],
};

/** Overall percent (0–100) for a stage and its done/total. */
export function stagePercent(stage: IngestStage, done: number, total: number): number {
  const [start, span] = STAGE_WEIGHTS[stage];
  const fraction = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  return Math.round(start + span * fraction);
}
