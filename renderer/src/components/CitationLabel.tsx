// `file.pdf p. 7` in the window's language, with the file name isolated (`<bdi dir="auto">`) so a right-to-left
// name neither flips the page label nor is flipped by it.
import type { Citation } from '../../../shared/model';
import { pageLabel } from '../lib/format';
import { useTranslator } from '../i18n';
import { visibleFileName } from '../../../shared/display-name';

export function CitationLabel({ citation }: { citation: Pick<Citation, 'fileName' | 'page' | 'pageEnd'> }) {
  const tr = useTranslator();
  const file = <bdi dir="auto">{visibleFileName(citation.fileName)}</bdi>;
  const pages = pageLabel(citation.page, citation.pageEnd, tr);
  return <>{pages ? tr.rich('citation.label', { file, pages }) : file}</>;
}
