// The answer while it arrives token by token, with Stop. Before the first token a local model says what it is doing
// (waiting its turn, loading, reading the sources, reading a document for a summary), since that can take a while.
import type { StreamingAnswer } from '../state/chat-stream';
import { useDocent } from '../state/store';
import { AnswerText } from './AnswerText';
import { NotFoundText } from './NotFoundText';
import { UnsureNote } from './UnsureNote';
import { CitationList } from './CitationList';
import { useTranslator, type Translator } from '../i18n';

function stageText(progress: NonNullable<StreamingAnswer['progress']>, tr: Translator): string {
  const { stage, done, total } = progress;
  if (stage === 'queued') return tr.t('chat.stage.queued');
  if (stage === 'loading-model') return tr.t('chat.stage.loading');
  if (stage === 'summarizing') return tr.t('chat.stage.summarizing', { done: Math.min((done ?? 0) + 1, total ?? 1), total: total ?? 1 });
  if (total && done !== undefined) return tr.t('chat.stage.readingPercent', { percent: Math.floor((100 * done) / total) });
  return tr.t('chat.stage.reading');
}

export function StreamingMessage({ streaming }: { streaming: StreamingAnswer }) {
  const stop = useDocent((s) => s.stop);
  const tr = useTranslator();
  return (
    <li className="message assistant streaming" data-testid="message-streaming" aria-busy="true">
      <div className="bubble">
        {streaming.unsure && !streaming.notFound && <UnsureNote />}
        {streaming.notFound ? (
          <NotFoundText text={streaming.text} citations={streaming.citations} />
        ) : streaming.text ? (
          <AnswerText text={streaming.text} citations={streaming.citations} />
        ) : (
          <p className="thinking" data-testid="answer-stage" data-stage={streaming.progress?.stage ?? 'searching'}>
            {streaming.progress ? stageText(streaming.progress, tr) : tr.t('chat.thinking')}
          </p>
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
