// The base library every session can read: listed, read-only.
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';
import { BASE_SID } from '../../../shared/ids';
import { listedNames } from '../../../shared/listed-names';
import { visibleFileName } from '../../../shared/display-name';
import { KindBadge } from './KindBadge';
import { MiddleEllipsis } from './MiddleEllipsis';

export function BaseLibrary() {
  const documents = useDocent((s) => s.baseDocuments);
  const tr = useTranslator();
  const openDocument = useDocent((s) => s.openDocument);
  if (documents.length === 0) return null;
  // Two documents with one title (the guide as PDF and as Markdown) are told apart by their file names.
  const names = listedNames(documents);
  return (
    <details className="base-library" data-testid="base-library">
      <summary>
        {tr.t('base.title')} <span className="count">{tr.number(documents.length)}</span>
      </summary>
      <p className="hint">{tr.t('base.hint')}</p>
      <ul aria-label={tr.t('base.list')}>
        {documents.map((doc) => {
          const listed = names.get(doc.fileId) ?? { name: doc.name };
          return (
            <li key={doc.fileId} className="base-item" data-testid="base-item" title={visibleFileName(doc.name)}>
              <button
                type="button"
                className="base-open"
                disabled={doc.status !== 'ready'}
                onClick={() => openDocument(BASE_SID, doc)}
              >
                <KindBadge kind={doc.kind} />
                <MiddleEllipsis text={visibleFileName(listed.name)} />
                {listed.file && (
                  <span className="base-file">
                    {' · '}
                    <MiddleEllipsis text={visibleFileName(listed.file)} />
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
