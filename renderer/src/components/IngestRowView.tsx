// One file being added: its progress by stage with Cancel, or what went wrong with Dismiss, or a password prompt.
import type { ReactNode } from 'react';
import type { IngestRow } from '../state/ingest-rows';
import { useDocent } from '../state/store';
import { stageCountKnown, stageLabel, stagePercent } from '../lib/format';
import { useTranslator, type Translator } from '../i18n';
import { ProgressBar } from './ProgressBar';
import { PasswordPrompt } from './PasswordPrompt';
import { SaidMessage } from './SaidMessage';
import { MiddleEllipsis } from './MiddleEllipsis';
import { visibleFileName } from '../../../shared/display-name';

/**
 * Words for a finished row, as `rowProblem` in state/ingest-rows.ts says them, in the window's language: the main
 * process's message by its code (i18n/say.ts), or the window's own words.
 */
function rowProblem(row: IngestRow, tr: Translator): ReactNode {
  if (row.status === 'duplicate') return tr.t('ingest.duplicate');
  if (row.status === 'cancelled') return tr.t('ingest.cancelled');
  if (row.status === 'failed') return row.error?.message ? <SaidMessage message={row.error} /> : tr.t('ingest.failed');
  return undefined;
}

export function IngestRowView({ row }: { row: IngestRow }) {
  const cancel = useDocent((s) => s.cancelIngest);
  const dismiss = useDocent((s) => s.dismissIngest);
  const tr = useTranslator();
  const problem = rowProblem(row, tr);
  const stage = stageLabel(row.stage, row.done, row.total, tr);

  return (
    <li className={`ingest-row status-${row.status}`} data-testid="ingest-row" data-status={row.status} data-file-name={row.fileName}>
      <div className="row-head">
        <span className="file-name">
          <MiddleEllipsis text={visibleFileName(row.fileName)} />
        </span>
        {row.status === 'working' ? (
          <button type="button" className="button ghost small" aria-label={tr.t('ingest.cancelNamed', { name: visibleFileName(row.fileName) })} onClick={() => void cancel(row.key)}>
            {tr.t('ingest.cancel')}
          </button>
        ) : (
          <button type="button" className="button ghost small" aria-label={tr.t('documents.dismissNamed', { name: visibleFileName(row.fileName) })} onClick={() => void dismiss(row.key)}>
            {tr.t('documents.dismiss')}
          </button>
        )}
      </div>
      {row.status === 'working' && (
        <ProgressBar label={tr.t('ingest.progressLabel', { name: visibleFileName(row.fileName), stage })} value={stagePercent(row.stage, row.done, row.total)} max={100} text={stage} indeterminate={!stageCountKnown(row.stage, row.done, row.total) && (row.stage === 'queued' || row.stage === 'copy' || row.stage === 'extract')} />
      )}
      {row.status === 'needs-password' && row.fileId && <PasswordPrompt fileId={row.fileId} fileName={visibleFileName(row.fileName)} error={row.error} rowKey={row.key} />}
      {row.status !== 'working' && row.status !== 'needs-password' && problem && (
        <p className={`row-problem ${row.status === 'failed' ? 'error' : ''}`} role={row.status === 'failed' ? 'alert' : undefined}>
          {problem}
        </p>
      )}
    </li>
  );
}
