// The session's documents: files being added (with progress or a problem), the ready ones, and the base library.
import { sessionDocuments } from '../../../shared/model';
import { useDocent } from '../state/store';
import { AddFilesButton } from './AddFilesButton';
import { IngestRowView } from './IngestRowView';
import { DocumentItem } from './DocumentItem';
import { BaseLibrary } from './BaseLibrary';
import { useTranslator } from '../i18n';

export function DocumentsPanel() {
  const tr = useTranslator();
  const sid = useDocent((s) => s.session?.sid);
  const documents = useDocent((s) => s.session?.documents);
  const allRows = useDocent((s) => s.ingestRows);
  const rows = allRows.filter((row) => row.sid === sid);
  // A file with a progress row is shown there, not twice; but a file dropped again keeps its row, marked, beside the
  // notice that says it is already here.
  const shownInRows = new Set(rows.filter((row) => row.status !== 'duplicate').map((row) => row.fileId).filter(Boolean));
  const droppedAgain = new Set(rows.filter((row) => row.status === 'duplicate').map((row) => row.fileId).filter(Boolean));
  const listed = sessionDocuments(documents ?? []).filter((doc) => !shownInRows.has(doc.fileId));

  return (
    <section className="documents-panel" aria-labelledby="documents-heading">
      <div className="panel-head">
        <h2 id="documents-heading">{tr.t('documents.heading')}</h2>
        <AddFilesButton />
      </div>
      <div className="panel-scroll">
        {rows.length > 0 && (
          <ul className="ingest-list" aria-label={tr.t('documents.ingesting')}>
            {rows.map((row) => (
              <IngestRowView key={row.key} row={row} />
            ))}
          </ul>
        )}
        {listed.length > 0 ? (
          <ul className="document-list" aria-label={tr.t('documents.list')} data-testid="document-list">
            {listed.map((doc) => (
              <DocumentItem key={doc.fileId} document={doc} droppedAgain={droppedAgain.has(doc.fileId)} />
            ))}
          </ul>
        ) : (
          rows.length === 0 && (
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
