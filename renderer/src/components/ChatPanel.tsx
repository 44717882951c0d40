// The conversation: a log that scrolls on its own above a composer that never moves.
import { useEffect, useRef } from 'react';
import { useChatMessages, useDocent } from '../state/store';
import { MessageItem } from './MessageItem';
import { StreamingMessage } from './StreamingMessage';
import { Composer } from './Composer';
import { ModelOffer } from './ModelOffer';
import { useTranslator } from '../i18n';

export function ChatPanel() {
  const messages = useChatMessages();
  const tr = useTranslator();
  const streaming = useDocent((s) => s.streaming);
  const log = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);

  // Follow the answer as it grows, unless the user scrolled up to read something.
  useEffect(() => {
    const el = log.current;
    if (el && stickToBottom.current) el.scrollTop = el.scrollHeight;
  }, [messages, streaming?.text]);

  return (
    <section className="chat-panel" aria-label={tr.t('chat.region')}>
      <div
        ref={log}
        className="chat-log"
        role="log"
        aria-live="polite"
        aria-label={tr.t('chat.log')}
        data-testid="chat-log"
        onScroll={(e) => {
          const el = e.currentTarget;
          stickToBottom.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        {messages.length === 0 && !streaming ? (
          <div className="empty-state chat-empty" data-testid="chat-empty">
            <p>
              <strong>{tr.t('chat.emptyTitle')}</strong>
            </p>
            <p>{tr.t('chat.emptyHint')}</p>
          </div>
        ) : (
          <ol className="messages">
            {messages.map((message) => (
              <MessageItem key={message.id} message={message} />
            ))}
            {streaming && <StreamingMessage streaming={streaming} />}
          </ol>
        )}
      </div>
      <ModelOffer />
      <Composer />
    </section>
  );
}
