// `file.pdf, p. 7` (or `deck.pptx, slide 4`, `notes.md, § Install, lines 40–52`) in the window's language, with the file
// name isolated (`<bdi dir="auto">`) so a right-to-left name neither flips the location nor is flipped by it.
import type { Citation } from '../../../shared/model';
import { citationWhere } from '../lib/location-words';
import { useTranslator } from '../i18n';
import { visibleFileName } from '../../../shared/display-name';

export function CitationLabel({ citation }: { citation: Pick<Citation, 'fileName' | 'page' | 'pageEnd' | 'location'> }) {
  const tr = useTranslator();
  const file = <bdi dir="auto">{visibleFileName(citation.fileName)}</bdi>;
  const where = citationWhere(citation, tr);
  return <>{where ? tr.rich('citation.label', { file, where: <bdi dir="auto">{where}</bdi> }) : file}</>;
}
