// A message from the main process in the window's language (i18n/say.ts), with its technical cause folded away behind
// "Details" so that a library's English error, a path or a trace never sits inside the sentence itself.
import { sayMessage, useTranslator, type Sayable } from '../i18n';

export function SaidMessage({ message }: { message: Sayable }) {
  const tr = useTranslator();
  const said = sayMessage(tr, message);
  return (
    <>
      <span className="said-text" dir="auto" data-code={message.code}>
        {said.text}
      </span>
      {said.detail && (
        <details className="message-detail" data-testid="message-detail">
          <summary>{tr.t('message.details')}</summary>
          <code dir="auto">{said.detail}</code>
        </details>
      )}
    </>
  );
}
