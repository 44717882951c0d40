// `[1] file.pdf p. 7`: opens the cited page beside the chat.
import type { Citation } from '../../../shared/model';
import { useDocent } from '../state/store';
import { CitationLabel } from './CitationLabel';

export function CitationChip({ citation }: { citation: Citation }) {
  const openCitation = useDocent((s) => s.openCitation);
  const active = useDocent((s) => s.source === citation);
  return (
    <button
      type="button"
      className={`citation-chip ${active ? 'active' : ''}`}
      data-testid="citation-chip"
      title={citation.text.slice(0, 300)}
      aria-pressed={active}
      onClick={() => openCitation(citation)}
    >
      <span className="chip-n">[{citation.n}]</span> <CitationLabel citation={citation} />
    </button>
  );
}
