// `file.pdf, p. 7` (or `deck.pptx, slide 4`, `notes.md, § Install, lines 40–52`) in the window's language, with the file
// name isolated (`<bdi dir="auto">`) so a right-to-left name neither flips the location nor is flipped by it.
import type { Citation } from '../../../shared/model';
import { citationWhere } from '../lib/location-words';
import { useTranslator } from '../i18n';
import { visibleFileName } from '../../../shared/display-name';
import { MiddleEllipsis } from './MiddleEllipsis';

interface CitationLabelProps {
  citation: Pick<Citation, 'fileName' | 'page' | 'pageEnd' | 'location'>;
  /** Shorten a long file name in its middle, so the location after it stays readable (a narrow heading). */
  shorten?: boolean;
}

export function CitationLabel({ citation, shorten = false }: CitationLabelProps) {
  const tr = useTranslator();
  const name = visibleFileName(citation.fileName);
  const file = shorten ? <MiddleEllipsis text={name} /> : <bdi dir="auto">{name}</bdi>;
  const where = citationWhere(citation, tr);
  return <>{where ? tr.rich('citation.label', { file, where: <bdi dir="auto">{where}</bdi> }) : file}</>;
}
