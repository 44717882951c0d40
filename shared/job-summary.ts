// Reading an ingest job's summary: how many files were skipped, the time the rest should take, several jobs seen as
// one (a folder uploaded from the browser is sent in parts). Pure TypeScript: no Node, no DOM.
import type { IngestJobSummary, SkipCounts } from './model';

export function emptySkipCounts(): SkipCounts {
  return { hidden: 0, system: 0, unsupported: 0, ocrOff: 0, unreadable: 0 };
}

export function skippedTotal(skipped: SkipCounts): number {
  return Object.values(skipped).reduce((sum, n) => sum + n, 0);
}

/** The time the rest should take at the pace so far; unknown until a few files are done. */
export function timeLeftMs(summary: Pick<IngestJobSummary, 'counting' | 'done' | 'total' | 'elapsedMs'>): number | undefined {
  if (summary.counting || summary.done < 3 || summary.done >= summary.total) return undefined;
  return (summary.elapsedMs / summary.done) * (summary.total - summary.done);
}

/** A job's summary before any file has finished. */
export function emptyJobSummary(total: number): IngestJobSummary {
  return { total, counting: false, done: 0, ready: 0, failed: 0, duplicate: 0, needsPassword: 0, cancelled: 0, skipped: emptySkipCounts(), elapsedMs: 0 };
}

/** Several jobs' summaries added up, as one; `elapsedMs` is the longest (they ran side by side). */
export function combineSummaries(summaries: readonly IngestJobSummary[]): IngestJobSummary {
  const total = emptyJobSummary(0);
  for (const s of summaries) {
    total.total += s.total;
    total.counting ||= s.counting;
    total.done += s.done;
    total.ready += s.ready;
    total.failed += s.failed;
    total.duplicate += s.duplicate;
    total.needsPassword += s.needsPassword;
    total.cancelled += s.cancelled;
    for (const key of Object.keys(total.skipped) as (keyof SkipCounts)[]) total.skipped[key] += s.skipped[key];
    total.elapsedMs = Math.max(total.elapsedMs, s.elapsedMs);
  }
  return total;
}
