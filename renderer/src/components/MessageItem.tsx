// One message of the chat: the question, or an answer with its citations, which model wrote it, and a mark when it is
// incomplete.
import type { ChatMessage } from '../../../shared/model';
import { AnswerText } from './AnswerText';
import { NotFoundText } from './NotFoundText';
import { UnsureNote } from './UnsureNote';
import { CitationList } from './CitationList';
import { SaidMessage } from './SaidMessage';
import { useTranslator, type MessageKey } from '../i18n';
import { useModels } from '../state/models-store';

const STATUS_NOTES: Record<ChatMessage['status'], MessageKey | null> = {
  complete: null,
  partial: 'chat.partial',
  cancelled: 'chat.cancelled',
  error: 'chat.error',
};

export function MessageItem({ message }: { message: ChatMessage }) {
  const tr = useTranslator();
  // An installed model is named as Settings → Models names it; a model deleted since, or an endpoint, by its id.
  const modelName = useModels((s) => s.view?.models.find((m) => m.id === message.answerer)?.name);
  if (message.role === 'user') {
    return (
      <li className="message user" data-testid="message-user">
        <div className="bubble" dir="auto">
          {message.text}
        </div>
      </li>
    );
  }
  const noteKey = STATUS_NOTES[message.status];
  const note = noteKey ? tr.t(noteKey) : null;
  // A "not found" answer is the core's fixed English sentence (as the CLI prints it), or the start of it when stopped
  // while it streamed: the window says it in the user's language, from the structured field, as it did while it
  // streamed; the offline answerer's is not called a quote.
  const notFound = message.notFound === true;
  const offlineNotFound = notFound && message.answerer === 'extractive';
  return (
    <li className={`message assistant status-${message.status}`} data-testid="message-assistant" data-status={message.status}>
      <div className="bubble">
        {message.unsure && !notFound && <UnsureNote />}
        {notFound ? (
          <NotFoundText text={message.text} citations={message.citations} />
        ) : message.text ? (
          <AnswerText text={message.text} citations={message.citations} />
        ) : null}
        {note && (
          <p className="answer-note" data-testid="answer-note">
            {note}
            {message.error?.message ? ' ' : ''}
            {message.error?.message ? <SaidMessage message={message.error} /> : null}
          </p>
        )}
        <CitationList citations={message.citations} />
        {message.answerer && (
          <p className="answerer" data-testid="answerer">
            {offlineNotFound
              ? tr.t('chat.searchedWithoutModel')
              : message.answerer === 'extractive'
                ? tr.t('chat.answeredByExtractive')
                : tr.t('chat.answeredBy', { model: modelName ?? message.answerer })}
          </p>
        )}
      </div>
    </li>
  );
}
