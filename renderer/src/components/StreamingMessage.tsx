// The answer while it arrives token by token, with Stop.
import type { StreamingAnswer } from '../state/chat-stream';
import { useDocent } from '../state/store';
import { AnswerText } from './AnswerText';
import { CitationList } from './CitationList';
import { useTranslator } from '../i18n';

export function StreamingMessage({ streaming }: { streaming: StreamingAnswer }) {
  const stop = useDocent((s) => s.stop);
  const tr = useTranslator();
  return (
    <li className="message assistant streaming" data-testid="message-streaming" aria-busy="true">
      <div className="bubble">
        {streaming.text ? (
          <AnswerText text={streaming.text} citations={streaming.citations} />
        ) : (
          <p className="thinking">{tr.t('chat.thinking')}</p>
        )}
        <CitationList citations={streaming.citations} />
        <div className="streaming-actions">
          <span className="typing-dot" aria-hidden="true" />
          <button type="button" className="button small" disabled={!streaming.requestId || streaming.stopping} onClick={() => void stop()}>
            {tr.t(streaming.stopping ? 'chat.stopping' : 'chat.stop')}
          </button>
        </div>
      </div>
    </li>
  );
}
