// A job summary in the window's language: "1,234 / 5,000 files · 3 failed · about 40 s left" while it runs,
// "312 added, 41 skipped: 30 images with OCR off, 11 unsupported" once it is over (the CLI says the same in English:
// electron/app/ingest/job-summary-text.ts).
import type { IngestJobSummary, SkipCounts } from '../../../shared/model';
import { skippedTotal, timeLeftMs } from '../../../shared/job-summary';
import { formatTimeLeft } from './format';
import type { Translator } from '../i18n';

const SKIP_KEYS = {
  ocrOff: 'job.skip.ocrOff',
  unsupported: 'job.skip.unsupported',
  hidden: 'job.skip.hidden',
  system: 'job.skip.system',
  unreadable: 'job.skip.unreadable',
} as const;

export function jobProgressWords(summary: IngestJobSummary, tr: Translator, uploading?: { uploaded: number; total: number }): string {
  if (uploading) return tr.t('job.uploading', { done: uploading.uploaded, total: uploading.total });
  if (summary.counting) return tr.t('job.counting', { count: summary.total });
  const parts = [tr.t('job.progress', { done: summary.done, total: summary.total })];
  if (summary.failed) parts.push(tr.t('job.failed', { count: summary.failed }));
  const left = timeLeftMs(summary);
  if (left !== undefined) parts.push(formatTimeLeft(left / 1000, tr));
  return parts.join(' · ');
}

export function jobOutcomeWords(summary: IngestJobSummary, tr: Translator): string {
  const parts = [tr.t('job.added', { count: summary.ready })];
  if (summary.duplicate) parts.push(tr.t('job.alreadyThere', { count: summary.duplicate }));
  if (summary.failed) parts.push(tr.t('job.failed', { count: summary.failed }));
  if (summary.needsPassword) parts.push(tr.t('job.needPassword', { count: summary.needsPassword }));
  if (summary.cancelled) parts.push(tr.t('job.cancelledCount', { count: summary.cancelled }));
  const skipped = skippedTotal(summary.skipped);
  if (skipped) {
    const reasons = (Object.keys(SKIP_KEYS) as (keyof SkipCounts)[])
      .filter((reason) => summary.skipped[reason] > 0)
      .sort((a, b) => summary.skipped[b] - summary.skipped[a])
      .map((reason) => tr.t(SKIP_KEYS[reason], { count: summary.skipped[reason] }));
    parts.push(tr.t('job.skipped', { count: skipped, reasons: reasons.join(tr.t('job.listSeparator')) }));
  }
  return parts.join(tr.t('job.listSeparator'));
}
