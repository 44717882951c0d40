// The base library every session can read: listed, read-only.
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';

export function BaseLibrary() {
  const documents = useDocent((s) => s.baseDocuments);
  const tr = useTranslator();
  if (documents.length === 0) return null;
  return (
    <details className="base-library" data-testid="base-library">
      <summary>
        {tr.t('base.title')} <span className="count">{tr.number(documents.length)}</span>
      </summary>
      <p className="hint">{tr.t('base.hint')}</p>
      <ul aria-label={tr.t('base.list')}>
        {documents.map((doc) => (
          <li key={doc.fileId} className="base-item">
            <span className={`kind-badge kind-${doc.kind}`}>{doc.kind || tr.t('documents.kindUnknown')}</span>
            <bdi dir="auto">{doc.title || doc.name}</bdi>
          </li>
        ))}
      </ul>
    </details>
  );
}
