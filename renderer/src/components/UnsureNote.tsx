// Above an answer that quotes the closest passage the documents hold, which may not answer the question: said before
// its words, so a quote is not read as a sure answer (the `unsure` field of the answer, set by the answerer).
import { useTranslator } from '../i18n';

export function UnsureNote() {
  const tr = useTranslator();
  return (
    <p className="unsure-note" dir="auto" data-testid="answer-unsure">
      {tr.t('chat.unsure')}
    </p>
  );
}
