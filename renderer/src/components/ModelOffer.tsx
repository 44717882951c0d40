// Near the chat, while no local chat model answers: the one-click download of the suggested model (with progress and
// cancel), then the one click that makes it answer. Not shown to someone whose answers come from an endpoint, nor
// after "Not now".
import { useState } from 'react';
import { useTranslator } from '../i18n';
import { formatBytes } from '../lib/format';
import { useModels } from '../state/models-store';
import { ModelDownloadProgress } from './ModelDownloadProgress';
import { SaidMessage } from './SaidMessage';

const HIDDEN_KEY = 'docent.modelOffer.hidden';

export function ModelOffer() {
  const tr = useTranslator();
  const view = useModels((s) => s.view);
  const failures = useModels((s) => s.failures);
  const [hidden, setHidden] = useState(() => globalThis.localStorage?.getItem(HIDDEN_KEY) === '1');
  if (!view || hidden || view.answers === 'openai' || view.inUse.chat) return null;
  const installed = view.models.find((m) => m.role === 'chat' && m.state === 'installed');
  const suggested = view.models.find((m) => m.suggested && m.role === 'chat');
  const model = installed ?? suggested;
  if (!model) return null;
  const { pull, cancel, use } = useModels.getState();
  const hide = () => {
    globalThis.localStorage?.setItem(HIDDEN_KEY, '1');
    setHidden(true);
  };
  const failure = failures[model.id];

  return (
    <aside className="model-offer" data-testid="model-offer" aria-label={tr.t('offer.region')}>
      {model.state === 'downloading' ? (
        <ModelDownloadProgress name={model.name} download={model.download} onCancel={() => void cancel(model.id)} />
      ) : model.state === 'installed' ? (
        <>
          <span>{tr.t('offer.ready', { name: model.name })}</span>
          <button type="button" className="button small primary" onClick={() => void use(model.id)}>
            {tr.t('offer.use')}
          </button>
        </>
      ) : (
        <>
          <span>{tr.t('offer.text', { name: model.name, size: model.sizeBytes === undefined ? '' : formatBytes(model.sizeBytes, tr) })}</span>
          <button type="button" className="button small primary" onClick={() => void pull(model.id)}>
            {tr.t(model.state === 'interrupted' ? 'models.resume' : 'models.download')}
          </button>
        </>
      )}
      {model.state !== 'downloading' && (
        <button type="button" className="button small" onClick={hide}>
          {tr.t('offer.notNow')}
        </button>
      )}
      {failure && model.state !== 'downloading' && (
        <p className="row-problem error" role="alert">
          <SaidMessage message={failure} />
        </p>
      )}
    </aside>
  );
}
