// The numbered sources under an answer.
import type { Citation } from '../../../shared/model';
import { CitationChip } from './CitationChip';
import { useTranslator } from '../i18n';

export function CitationList({ citations }: { citations: Citation[] }) {
  const tr = useTranslator();
  if (citations.length === 0) return null;
  return (
    <ul className="citations" aria-label={tr.t('chat.sources')}>
      {citations.map((citation) => (
        <li key={`${citation.n}-${citation.fileId}-${citation.start}`}>
          <CitationChip citation={citation} />
        </li>
      ))}
    </ul>
  );
}
