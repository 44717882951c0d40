// A model download as it runs: bytes of total, rate and time left, and Cancel. Settings → Models and the offer near
// the chat show the same thing.
import type { ModelDownloadView } from '../../../shared/model';
import { useTranslator } from '../i18n';
import { formatBytes, formatTimeLeft } from '../lib/format';
import { ProgressBar } from './ProgressBar';

export function ModelDownloadProgress({ name, download, onCancel }: { name: string; download?: ModelDownloadView; onCancel(): void }) {
  const tr = useTranslator();
  const done = download?.bytesDone ?? 0;
  const total = download?.bytesTotal ?? 0;
  const parts = [tr.t('models.progress', { done: formatBytes(done, tr), total: formatBytes(total, tr) })];
  if (download && download.bytesPerSecond > 0) parts.push(tr.t('models.rate', { rate: formatBytes(download.bytesPerSecond, tr) }));
  if (download?.secondsLeft !== undefined) parts.push(formatTimeLeft(download.secondsLeft, tr));
  return (
    <div className="model-download" data-testid="model-download">
      <ProgressBar label={tr.t('models.downloading', { name })} value={done} max={total} text={parts.join(' · ')} />
      <button type="button" className="button small" onClick={onCancel}>
        {tr.t('models.cancel')}
      </button>
    </div>
  );
}
