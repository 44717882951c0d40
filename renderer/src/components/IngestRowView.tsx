// One file being added: its progress by stage with Cancel, or what went wrong with Dismiss, or a password prompt.
import type { IngestRow } from '../state/ingest-rows';
import { rowProblem } from '../state/ingest-rows';
import { useDocent } from '../state/store';
import { stageLabel, stagePercent } from '../lib/format';
import { ProgressBar } from './ProgressBar';
import { PasswordPrompt } from './PasswordPrompt';

export function IngestRowView({ row }: { row: IngestRow }) {
  const cancel = useDocent((s) => s.cancelIngest);
  const dismiss = useDocent((s) => s.dismissIngest);
  const problem = rowProblem(row);

  return (
    <li className={`ingest-row status-${row.status}`} data-testid="ingest-row" data-status={row.status} data-file-name={row.fileName}>
      <div className="row-head">
        <span className="file-name" title={row.fileName}>
          {row.fileName}
        </span>
        {row.status === 'working' ? (
          <button type="button" className="button ghost small" aria-label={`Cancel ${row.fileName}`} onClick={() => void cancel(row.key)}>
            Cancel
          </button>
        ) : (
          <button type="button" className="button ghost small" aria-label={`Dismiss ${row.fileName}`} onClick={() => void dismiss(row.key)}>
            Dismiss
          </button>
        )}
      </div>
      {row.status === 'working' && (
        <ProgressBar label={`${row.fileName}: ${stageLabel(row.stage, row.done, row.total)}`} value={stagePercent(row.stage, row.done, row.total)} max={100} text={stageLabel(row.stage, row.done, row.total)} />
      )}
      {row.status === 'needs-password' && row.fileId && <PasswordPrompt fileId={row.fileId} fileName={row.fileName} error={row.error} rowKey={row.key} />}
      {row.status !== 'working' && row.status !== 'needs-password' && problem && (
        <p className={`row-problem ${row.status === 'failed' ? 'error' : ''}`} role={row.status === 'failed' ? 'alert' : undefined}>
          {problem}
        </p>
      )}
    </li>
  );
}
