// Per-file ingest progress, folded from IngestEvents. Pure functions so the rules are testable without a window.
import type { ErrorInfo, IngestEvent, IngestStage } from '../../../shared/model';

export type IngestRowStatus = 'working' | 'ready' | 'failed' | 'needs-password' | 'duplicate' | 'cancelled';

export interface IngestRow {
  /** `<jobId>|<fileName>`: the name is all the window knows before the first event names the file id. */
  key: string;
  jobId: string;
  sid: string;
  fileName: string;
  /** Known from the first event on (or at once, for a password retry of a document already in the session). */
  fileId?: string;
  stage: IngestStage;
  done: number;
  total: number;
  status: IngestRowStatus;
  error?: ErrorInfo;
  /** True once the user has typed a password for this file, so a second refusal reads "wrong password". */
  passwordTried?: boolean;
}

export function rowKey(jobId: string, fileName: string): string {
  return `${jobId}|${fileName}`;
}

export function queuedRows(jobId: string, sid: string, files: { name: string; fileId?: string }[], passwordTried = false): IngestRow[] {
  return files.map((file) => ({
    key: rowKey(jobId, file.name),
    jobId,
    sid,
    fileName: file.name,
    fileId: file.fileId,
    stage: 'queued',
    done: 0,
    total: 0,
    status: 'working',
    passwordTried,
  }));
}

const PASSWORD_CODES = new Set(['needs-password', 'wrong-password']);

/** What the window already knows about a file it sent, before the job's first event names it. */
export type RowSeed = (sid: string, fileName: string) => Pick<IngestRow, 'passwordTried'> | undefined;

/** Applies one event; rows of other jobs are left untouched. Unknown files (another window's job) are added. */
export function applyIngestEvent(rows: readonly IngestRow[], event: IngestEvent, seed?: RowSeed): IngestRow[] {
  if (event.type === 'job-done' || event.type === 'job-progress') return rows as IngestRow[];
  const key = rowKey(event.jobId, event.fileName);
  const existing = rows.find((row) => row.key === key);
  const base: IngestRow = existing ?? {
    key,
    jobId: event.jobId,
    sid: event.sid,
    fileName: event.fileName,
    stage: 'queued',
    done: 0,
    total: 0,
    status: 'working',
    ...seed?.(event.sid, event.fileName),
  };
  let next: IngestRow;
  if (event.type === 'progress') {
    next = { ...base, fileId: event.fileId || base.fileId, stage: event.stage, done: event.done, total: event.total, status: 'working' };
  } else {
    const askForPassword = event.status === 'needs-password' || (event.status === 'failed' && PASSWORD_CODES.has(event.error?.code ?? ''));
    let error = event.error;
    if (askForPassword && base.passwordTried && (!error || error.code === 'needs-password')) {
      error = { code: 'wrong-password', message: 'That password did not open the file. Check it and try again.' };
    } else if (askForPassword && !base.passwordTried) {
      error = undefined; // The first request for a password is a question, not an error.
    }
    // A file cancelled before it started has no id yet: keep what the row knew.
    next = { ...base, fileId: event.fileId || base.fileId, status: askForPassword ? 'needs-password' : event.status, error };
  }
  return existing ? rows.map((row) => (row.key === key ? next : row)) : [...rows, next];
}

/** Words for a failed or refused file, when the backend sent no message of its own. */
export function rowProblem(row: IngestRow): string | undefined {
  if (row.status === 'duplicate') return 'Already in this session.';
  if (row.status === 'cancelled') return 'Cancelled.';
  if (row.status === 'failed') return row.error?.message || 'Docent could not read this file. Check that it opens in its usual app, then add it again.';
  if (row.status === 'needs-password') return row.error?.message;
  return undefined;
}

export function isFinished(row: IngestRow): boolean {
  return row.status !== 'working';
}
