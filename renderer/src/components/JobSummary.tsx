// Adding many files at once (a folder, a big drop): the whole job on one line — done / total, failed, time left —
// with Cancel all, and each file's own progress on demand; once over, what was added and skipped, until closed.
import { useEffect, useState } from 'react';
import { useDocent } from '../state/store';
import { sessionJobs } from '../state/jobs';
import { jobOutcomeWords, jobProgressWords } from '../lib/job-words';
import { useTranslator } from '../i18n';
import { ProgressBar } from './ProgressBar';

export function JobSummary({ detailsOpen, onToggleDetails }: { detailsOpen: boolean; onToggleDetails: () => void }) {
  const tr = useTranslator();
  const sid = useDocent((s) => s.session?.sid);
  const jobs = useDocent((s) => s.jobs);
  const upload = useDocent((s) => s.folderUpload);
  const cancelAll = useDocent((s) => s.cancelAllIngest);
  const dismiss = useDocent((s) => s.dismissJobs);
  // The time left moves with the clock, not only with events.
  const [now, setNow] = useState(Date.now());
  const view = sessionJobs(jobs, upload, sid, now);
  const running = view?.running ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  if (!view || !view.large) return null;
  const { summary, uploading } = view;
  const words = running ? jobProgressWords(summary, tr, uploading) : jobOutcomeWords(summary, tr);
  return (
    <div className="job-summary" role="status" data-testid="job-summary" data-state={running ? 'running' : 'done'}>
      {running ? (
        <ProgressBar
          label={tr.t('job.label')}
          value={uploading ? uploading.uploaded : summary.done}
          max={uploading ? uploading.total : Math.max(1, summary.total)}
          text={words}
        />
      ) : (
        <p className="job-outcome" data-testid="job-outcome">
          {words}
        </p>
      )}
      <div className="job-actions">
        <button type="button" className="button ghost small" aria-expanded={detailsOpen} data-testid="job-details" onClick={onToggleDetails}>
          {tr.t(detailsOpen ? 'job.hideDetails' : 'job.showDetails')}
        </button>
        {running ? (
          <button type="button" className="button ghost small" data-testid="job-cancel-all" onClick={() => void cancelAll()}>
            {tr.t('job.cancelAll')}
          </button>
        ) : (
          <button type="button" className="button ghost small" data-testid="job-close" onClick={dismiss}>
            {tr.t('job.close')}
          </button>
        )}
      </div>
    </div>
  );
}
