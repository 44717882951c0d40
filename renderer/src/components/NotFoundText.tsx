// A "not found" answer, worded in the window's language: its stored text is the core's fixed English sentence.
import { useTranslator } from '../i18n';

export function NotFoundText() {
  const tr = useTranslator();
  return (
    <div className="answer-text" dir="auto" data-testid="answer-not-found">
      {tr.t('chat.notFound')}
    </div>
  );
}
