// A job's outcome in English words, for the CLI (the window says the same in the user's language):
// "312 added, 41 skipped: 30 images with OCR off, 11 unsupported".
import type { IngestJobSummary, SkipCounts } from '../../../shared/model';
import { skippedTotal, timeLeftMs } from '../../../shared/job-summary';

const SKIP_WORDS: Record<keyof SkipCounts, [one: string, many: string]> = {
  ocrOff: ['image with OCR off', 'images with OCR off'],
  unsupported: ['unsupported', 'unsupported'],
  hidden: ['hidden', 'hidden'],
  system: ['system file', 'system files'],
  unreadable: ['unreadable', 'unreadable'],
};

export function describeJobSummary(summary: IngestJobSummary): string {
  const parts = [`${summary.ready} added`];
  if (summary.duplicate) parts.push(`${summary.duplicate} already there`);
  if (summary.failed) parts.push(`${summary.failed} failed`);
  if (summary.needsPassword) parts.push(`${summary.needsPassword} need a password`);
  if (summary.cancelled) parts.push(`${summary.cancelled} cancelled`);
  const skipped = skippedTotal(summary.skipped);
  if (skipped) {
    const reasons = (Object.keys(SKIP_WORDS) as (keyof SkipCounts)[])
      .filter((reason) => summary.skipped[reason] > 0)
      .sort((a, b) => summary.skipped[b] - summary.skipped[a])
      .map((reason) => `${summary.skipped[reason]} ${SKIP_WORDS[reason][summary.skipped[reason] === 1 ? 0 : 1]}`);
    parts.push(`${skipped} skipped: ${reasons.join(', ')}`);
  }
  return parts.join(', ');
}

/**
 * One file's line: "ready  report.pdf  1 page, 3 chunks"; a file that failed says why, not its (empty) counts.
 */
export function describeFileResult(r: { status: string; file: string; pages: number; chunks: number; error?: { message: string } }): string {
  const head = `${r.status.padEnd(14)} ${r.file}`;
  if (r.error) return `${head}  — ${r.error.message}`;
  return `${head}  ${count(r.pages, 'page')}, ${count(r.chunks, 'chunk')}`;
}

function count(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}

/** "1,234 / 5,000 files · 3 failed · about 40 s left", for a progress line. */
export function describeJobProgress(summary: IngestJobSummary): string {
  if (summary.counting) return `counting files… ${summary.total} so far`;
  const parts = [`${summary.done} / ${summary.total} files`];
  if (summary.failed) parts.push(`${summary.failed} failed`);
  const left = timeLeftMs(summary);
  if (left !== undefined) parts.push(`about ${formatDuration(left)} left`);
  return parts.join(' · ');
}

function formatDuration(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 90) return `${s} s`;
  const m = Math.round(s / 60);
  return m < 90 ? `${m} min` : `${Math.round(m / 6) / 10} h`;
}
