// An answer's text with each `[n]` marker as a small link to its citation.
import { Fragment, useMemo } from 'react';
import type { Citation } from '../../../shared/model';
import { splitAnswer } from '../lib/citation-markers';
import { citationLabel } from '../lib/format';
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';

export function AnswerText({ text, citations }: { text: string; citations: Citation[] }) {
  const openCitation = useDocent((s) => s.openCitation);
  const tr = useTranslator();
  const byNumber = useMemo(() => new Map(citations.map((c) => [c.n, c])), [citations]);
  const parts = useMemo(() => splitAnswer(text, new Set(byNumber.keys())), [text, byNumber]);
  return (
    <div className="answer-text" dir="auto">
      {parts.map((part, i) => {
        if (part.kind === 'text') return <Fragment key={i}>{part.text}</Fragment>;
        const citation = byNumber.get(part.n);
        if (!citation) return <Fragment key={i}>{part.raw}</Fragment>;
        return (
          <a
            key={i}
            href="#"
            className="marker"
            aria-label={tr.t('chat.markerLabel', { n: part.n, label: citationLabel(citation, tr) })}
            onClick={(e) => {
              e.preventDefault();
              openCitation(citation);
            }}
          >
            {part.n}
          </a>
        );
      })}
    </div>
  );
}
