// The base library every session can read: listed, read-only.
import { useDocent } from '../state/store';

export function BaseLibrary() {
  const documents = useDocent((s) => s.baseDocuments);
  if (documents.length === 0) return null;
  return (
    <details className="base-library" data-testid="base-library">
      <summary>
        Base library <span className="count">{documents.length}</span>
      </summary>
      <p className="hint">Shared by every session, read-only.</p>
      <ul aria-label="Base library documents">
        {documents.map((doc) => (
          <li key={doc.fileId} className="base-item">
            <span className={`kind-badge kind-${doc.kind}`}>{doc.kind || 'file'}</span>
            {doc.title || doc.name}
          </li>
        ))}
      </ul>
    </details>
  );
}
