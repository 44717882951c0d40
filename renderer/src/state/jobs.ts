// Ingest jobs at a glance, folded from `job-progress` and `job-done` events, plus the part of a browser folder the
// window itself is still uploading. Pure functions, so the rules are testable without a window.
import type { IngestEvent, IngestJobSummary, SkipCounts } from '../../../shared/model';
import { combineSummaries, emptySkipCounts } from '../../../shared/job-summary';

export interface JobView {
  jobId: string;
  sid: string;
  summary: IngestJobSummary;
  finished: boolean;
}

/** A folder the browser is uploading (the desktop app never has one): its files go to the host in parts. */
export interface FolderUpload {
  sid: string;
  /** Files to upload, and uploaded so far. */
  total: number;
  uploaded: number;
  /** What was skipped while the folder was read (main never sees those files). */
  skipped: SkipCounts;
  /** Window clock when it began, for the time left. */
  startedAt: number;
  cancelled: boolean;
  finished: boolean;
}

/** Below this many files, a drop shows only its files' own rows, as it always did. */
export const SMALL_JOB = 10;

export function applyJobEvent(jobs: Readonly<Record<string, JobView>>, event: IngestEvent): Record<string, JobView> {
  if (event.type === 'job-progress') {
    return { ...jobs, [event.jobId]: { jobId: event.jobId, sid: event.sid, summary: event.summary, finished: false } };
  }
  if (event.type === 'job-done') {
    const known = jobs[event.jobId];
    if (!known && !event.summary) return jobs as Record<string, JobView>;
    return { ...jobs, [event.jobId]: { jobId: event.jobId, sid: event.sid, summary: event.summary ?? known!.summary, finished: true } };
  }
  return jobs as Record<string, JobView>;
}

export interface SessionJobs {
  /** Everything the session's jobs and upload add up to (files still being uploaded count as waiting). */
  summary: IngestJobSummary;
  running: boolean;
  /** Jobs still running, to cancel. */
  runningJobIds: string[];
  /** Shown as a summary: a folder, or more files than SMALL_JOB. */
  large: boolean;
  uploading?: { uploaded: number; total: number };
}

/** The session's jobs seen as one, or null when it has none to show. */
export function sessionJobs(jobs: Readonly<Record<string, JobView>>, upload: FolderUpload | null, sid: string | undefined, now = Date.now()): SessionJobs | null {
  if (!sid) return null;
  const mine = Object.values(jobs).filter((job) => job.sid === sid);
  const ownUpload = upload?.sid === sid ? upload : null;
  if (mine.length === 0 && !ownUpload) return null;
  const summary = combineSummaries(mine.map((job) => job.summary));
  if (ownUpload) {
    // Files not uploaded yet are files still to add; the skipped ones were counted while the folder was read.
    summary.total += ownUpload.cancelled ? 0 : ownUpload.total - ownUpload.uploaded;
    for (const key of Object.keys(summary.skipped) as (keyof SkipCounts)[]) summary.skipped[key] += ownUpload.skipped[key];
    summary.elapsedMs = Math.max(summary.elapsedMs, now - ownUpload.startedAt);
  }
  const runningJobIds = mine.filter((job) => !job.finished).map((job) => job.jobId);
  const uploading = ownUpload && !ownUpload.finished ? { uploaded: ownUpload.uploaded, total: ownUpload.total } : undefined;
  return {
    summary,
    running: runningJobIds.length > 0 || Boolean(uploading),
    runningJobIds,
    large: Boolean(ownUpload) || summary.counting || summary.total > SMALL_JOB || skippedAny(summary.skipped),
    uploading,
  };
}

function skippedAny(skipped: SkipCounts): boolean {
  return Object.values(skipped).some((n) => n > 0);
}

export function newFolderUpload(sid: string, total: number, skipped: SkipCounts = emptySkipCounts()): FolderUpload {
  return { sid, total, uploaded: 0, skipped, startedAt: Date.now(), cancelled: false, finished: false };
}
