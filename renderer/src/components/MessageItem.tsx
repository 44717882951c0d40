// One message of the chat: the question, or an answer with its citations and a mark when it is incomplete.
import type { ChatMessage } from '../../../shared/model';
import { AnswerText } from './AnswerText';
import { CitationList } from './CitationList';

const STATUS_NOTES: Record<ChatMessage['status'], string | null> = {
  complete: null,
  partial: 'Incomplete answer: the connection to the model failed partway.',
  cancelled: 'Stopped before the end.',
  error: 'No answer.',
};

export function MessageItem({ message }: { message: ChatMessage }) {
  if (message.role === 'user') {
    return (
      <li className="message user" data-testid="message-user">
        <div className="bubble">{message.text}</div>
      </li>
    );
  }
  const note = STATUS_NOTES[message.status];
  return (
    <li className={`message assistant status-${message.status}`} data-testid="message-assistant" data-status={message.status}>
      <div className="bubble">
        {message.text ? <AnswerText text={message.text} citations={message.citations} /> : null}
        {note && (
          <p className="answer-note" data-testid="answer-note">
            {note}
            {message.error?.message ? ` ${message.error.message}` : ''}
          </p>
        )}
        <CitationList citations={message.citations} />
      </div>
    </li>
  );
}
