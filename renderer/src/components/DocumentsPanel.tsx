// The session's documents: files being added (with progress or a problem), the ready ones, and the base library.
// Thousands of documents: the job shows as one summary (each file's row on demand), the list renders only what is in
// view and can be filtered by name, and the failed files can be removed at once.
import { useDeferredValue, useRef, useState } from 'react';
import { sessionDocuments } from '../../../shared/model';
import { useDocent } from '../state/store';
import { sessionJobs } from '../state/jobs';
import { AddFilesButton } from './AddFilesButton';
import { AddFolderButton } from './AddFolderButton';
import { IngestRowView } from './IngestRowView';
import { DocumentItem } from './DocumentItem';
import { VirtualDocumentList } from './VirtualDocumentList';
import { JobSummary } from './JobSummary';
import { RemoveFailedButton } from './RemoveFailedButton';
import { BaseLibrary } from './BaseLibrary';
import { useTranslator } from '../i18n';

/** From this many documents on, the list has a filter box. */
const FILTER_FROM = 8;
/** From this many shown, only the rows in view are rendered. */
const VIRTUAL_FROM = 60;

export function DocumentsPanel() {
  const tr = useTranslator();
  const sid = useDocent((s) => s.session?.sid);
  const documents = useDocent((s) => s.session?.documents);
  const allRows = useDocent((s) => s.ingestRows);
  const large = useDocent((s) => sessionJobs(s.jobs, s.folderUpload, sid)?.large ?? false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const deferredFilter = useDeferredValue(filter);
  const scrollRef = useRef<HTMLDivElement>(null);

  const sessionRows = allRows.filter((row) => row.sid === sid);
  // A big job's files show their own rows on demand; a file asking for its password always does.
  const rows = large && !detailsOpen ? sessionRows.filter((row) => row.status === 'needs-password') : sessionRows;
  // A file with a progress row is shown there, not twice; but a file dropped again keeps its row, marked, beside the
  // notice that says it is already here.
  const shownInRows = new Set(rows.filter((row) => row.status !== 'duplicate').map((row) => row.fileId).filter(Boolean));
  const droppedAgain = new Set(sessionRows.filter((row) => row.status === 'duplicate').map((row) => row.fileId).filter(Boolean));
  const all = sessionDocuments(documents ?? []).filter((doc) => !shownInRows.has(doc.fileId));
  const needle = deferredFilter.trim().toLocaleLowerCase();
  const listed = needle ? all.filter((doc) => doc.name.toLocaleLowerCase().includes(needle)) : all;
  const failed = all.filter((doc) => doc.status === 'failed').length;

  return (
    <section className="documents-panel" aria-labelledby="documents-heading">
      <div className="panel-head">
        <h2 id="documents-heading">{tr.t('documents.heading')}</h2>
        <div className="panel-head-actions">
          <AddFolderButton />
          <AddFilesButton />
        </div>
      </div>
      <div className="panel-scroll" ref={scrollRef}>
        <JobSummary detailsOpen={detailsOpen} onToggleDetails={() => setDetailsOpen(!detailsOpen)} />
        {rows.length > 0 && (
          <ul className="ingest-list" aria-label={tr.t('documents.ingesting')}>
            {rows.map((row) => (
              <IngestRowView key={row.key} row={row} />
            ))}
          </ul>
        )}
        {(all.length >= FILTER_FROM || failed >= 2) && (
          <div className="documents-tools">
            {all.length >= FILTER_FROM && (
              <input
                type="search"
                className="documents-filter"
                data-testid="documents-filter"
                placeholder={tr.t('documents.filterPlaceholder')}
                aria-label={tr.t('documents.filter')}
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
              />
            )}
            {failed >= 2 && <RemoveFailedButton count={failed} />}
          </div>
        )}
        {needle && (
          <p className="documents-count" data-testid="documents-filter-count" role="status">
            {listed.length ? tr.t('documents.filterCount', { shown: listed.length, total: all.length }) : tr.t('documents.filterNone', { text: deferredFilter.trim() })}
          </p>
        )}
        {listed.length >= VIRTUAL_FROM ? (
          <VirtualDocumentList documents={listed} droppedAgain={droppedAgain} scrollRef={scrollRef} label={tr.t('documents.list')} />
        ) : listed.length > 0 ? (
          <ul className="document-list" aria-label={tr.t('documents.list')} data-testid="document-list" data-count={listed.length}>
            {listed.map((doc) => (
              <DocumentItem key={doc.fileId} document={doc} droppedAgain={droppedAgain.has(doc.fileId)} />
            ))}
          </ul>
        ) : (
          rows.length === 0 &&
          !needle &&
          !large && (
            <div className="empty-state" data-testid="documents-empty">
              <p>{tr.rich('documents.emptyDrop', { strong: (text) => <strong>{text}</strong> })}</p>
              <p>{tr.t('documents.emptyHint')}</p>
            </div>
          )
        )}
        <BaseLibrary />
      </div>
    </section>
  );
}
