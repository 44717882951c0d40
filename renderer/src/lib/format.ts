// Words and numbers the window shows: dates, sizes, ingest stages, in the window's language.
// Each takes the component's translator (`useTranslator()`); without one it uses the active language.
import type { IngestStage } from '../../../shared/model';
import { activeTranslator, type Translator } from '../i18n';

export function formatDate(iso: string, tr: Translator = activeTranslator()): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : tr.date(date, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatBytes(size: number, tr: Translator = activeTranslator()): string {
  if (size < 1024) return tr.t('bytes.b', { size: tr.number(size) });
  if (size < 1024 * 1024) return tr.t('bytes.kb', { size: tr.number(size / 1024, { maximumFractionDigits: 0 }) });
  if (size < 1024 * 1024 * 1024) return tr.t('bytes.mb', { size: tr.number(size / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) });
  return tr.t('bytes.gb', { size: tr.number(size / (1024 * 1024 * 1024), { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
}

/** "45 s left", "3 min left", "1 h 5 min left" for a download. */
export function formatTimeLeft(seconds: number, tr: Translator = activeTranslator()): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 90) return tr.t('time.secondsLeft', { seconds: s });
  const minutes = Math.round(s / 60);
  if (minutes < 90) return tr.t('time.minutesLeft', { minutes });
  return tr.t('time.hoursLeft', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** Citation labels moved to location-words.ts (they follow the location's kind); re-exported for existing callers. */
export { citationLabel } from './location-words';

/** What a progress bar says while a file moves through ingestion. */
export function stageLabel(stage: IngestStage, done: number, total: number, tr: Translator = activeTranslator()): string {
  const label = tr.t(`ingest.stage.${stage}`);
  return stageCountKnown(stage, done, total) ? `${label} ${tr.number(Math.min(done, total))}/${tr.number(total)}` : label;
}

/**
 * Whether a stage's done/total mean something yet. Reading starts before the page count is known (the extractor
 * reports 0 of a placeholder 1), so "Reading pages 0/1" would be a guess: until a page is read the count is unknown.
 */
export function stageCountKnown(stage: IngestStage, done: number, total: number): boolean {
  const counted = stage === 'extract' || stage === 'embed' || stage === 'store';
  return counted && total > 0 && !(stage === 'extract' && done === 0);
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
