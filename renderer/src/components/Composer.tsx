// The question box: Enter sends, Shift+Enter starts a new line. It stays put at the bottom of the chat.
import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';

export function Composer() {
  const ask = useDocent((s) => s.ask);
  const tr = useTranslator();
  const busy = useDocent((s) => s.streaming !== null);
  const [question, setQuestion] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

  const send = async () => {
    const text = question.trim();
    if (!text || busy) return;
    setQuestion('');
    // Put the question back if it could not be sent, so nothing typed is lost.
    if (!(await ask(text))) setQuestion(text);
    box.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <form
      className="composer"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void send();
      }}
    >
      <textarea
        ref={box}
        aria-label={tr.t('composer.label')}
        placeholder={tr.t('composer.placeholder')}
        dir="auto"
        rows={2}
        maxLength={8000}
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <button type="submit" className="button primary" disabled={busy || question.trim() === ''}>
        {tr.t('composer.send')}
      </button>
    </form>
  );
}
