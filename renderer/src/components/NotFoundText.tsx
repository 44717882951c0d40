// A "not found" answer, worded in the window's language: its stored text is the core's fixed English sentence. The
// offline answerer may add the nearest sentence it found (shared/not-found.ts), quoted with its citation marker under a
// lead of the window's language, so that a question asked in other words than the document's can still be judged.
import type { Citation } from '../../../shared/model';
import { nearestQuoteOf } from '../../../shared/not-found';
import { AnswerText } from './AnswerText';
import { useTranslator } from '../i18n';

export function NotFoundText({ text = '', citations = [] }: { text?: string; citations?: Citation[] }) {
  const tr = useTranslator();
  const nearest = citations.length > 0 ? nearestQuoteOf(text) : '';
  return (
    <>
      <div className="answer-text" dir="auto" data-testid="answer-not-found">
        {tr.t('chat.notFound')}
      </div>
      {nearest && (
        <div className="nearest-quote" data-testid="answer-nearest">
          <p className="nearest-lead" dir="auto">
            {tr.t('chat.nearest')}
          </p>
          <AnswerText text={nearest} citations={citations} />
        </div>
      )}
    </>
  );
}
