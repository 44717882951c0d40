// The numbered sources under an answer.
import type { Citation } from '../../../shared/model';
import { CitationChip } from './CitationChip';

export function CitationList({ citations }: { citations: Citation[] }) {
  if (citations.length === 0) return null;
  return (
    <ul className="citations" aria-label="Sources">
      {citations.map((citation) => (
        <li key={`${citation.n}-${citation.fileId}-${citation.start}`}>
          <CitationChip citation={citation} />
        </li>
      ))}
    </ul>
  );
}
