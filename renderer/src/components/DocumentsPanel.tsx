// The session's documents: files being added (with progress or a problem), the ready ones, and the base library.
import { useDocent } from '../state/store';
import { AddFilesButton } from './AddFilesButton';
import { IngestRowView } from './IngestRowView';
import { DocumentItem } from './DocumentItem';
import { BaseLibrary } from './BaseLibrary';

export function DocumentsPanel() {
  const sid = useDocent((s) => s.session?.sid);
  const documents = useDocent((s) => s.session?.documents);
  const allRows = useDocent((s) => s.ingestRows);
  const rows = allRows.filter((row) => row.sid === sid);
  // A file with a progress row is shown there, not twice.
  const shownInRows = new Set(rows.map((row) => row.fileId).filter(Boolean));
  const listed = (documents ?? []).filter((doc) => !shownInRows.has(doc.fileId) && doc.status !== 'cancelled');

  return (
    <section className="documents-panel" aria-labelledby="documents-heading">
      <div className="panel-head">
        <h2 id="documents-heading">Documents</h2>
        <AddFilesButton />
      </div>
      <div className="panel-scroll">
        {rows.length > 0 && (
          <ul className="ingest-list" aria-label="Files being added">
            {rows.map((row) => (
              <IngestRowView key={row.key} row={row} />
            ))}
          </ul>
        )}
        {listed.length > 0 ? (
          <ul className="document-list" aria-label="Documents in this session" data-testid="document-list">
            {listed.map((doc) => (
              <DocumentItem key={doc.fileId} document={doc} />
            ))}
          </ul>
        ) : (
          rows.length === 0 && (
            <div className="empty-state" data-testid="documents-empty">
              <p>
                <strong>Drop PDFs, Word, HTML, Markdown, text or CSV files here</strong> — anywhere in this window — or use Add files.
              </p>
              <p>They stay in this session only, and are erased when you end it.</p>
            </div>
          )
        )}
        <BaseLibrary />
      </div>
    </section>
  );
}
