// One model in Settings → Models: what it is (role, size, memory, licence), whether it is in use, and what can be done
// with it: download (with progress and cancel), resume, use, delete (asked once more).
import { useState } from 'react';
import type { ModelView } from '../../../shared/model';
import { useTranslator } from '../i18n';
import { formatBytes } from '../lib/format';
import { useModels } from '../state/models-store';
import { ModelDownloadProgress } from './ModelDownloadProgress';
import { SaidMessage } from './SaidMessage';

export function ModelRow({ model }: { model: ModelView }) {
  const tr = useTranslator();
  const { pull, cancel, use, remove } = useModels.getState();
  const failure = useModels((s) => s.failures[model.id]);
  const [confirming, setConfirming] = useState(false);

  const facts: string[] = [];
  if (model.sizeBytes !== undefined) facts.push(tr.t(model.state === 'installed' ? 'models.onDisk' : 'models.downloadSize', { size: formatBytes(model.sizeBytes, tr) }));
  if (model.memoryBytes !== undefined) facts.push(tr.t('models.memory', { size: formatBytes(model.memoryBytes, tr) }));
  if (model.licence) facts.push(tr.t('models.licence', { licence: model.licence }));

  return (
    <li className="model-row" data-testid="model-row" data-model-id={model.id} data-state={model.state}>
      <div className="model-head">
        <span className="model-name">{model.name}</span>
        {model.suggested && <span className="badge">{tr.t('models.suggested')}</span>}
        {model.source === 'import' && <span className="badge">{tr.t('models.imported')}</span>}
        {model.inUse && <span className="badge in-use">{tr.t('models.inUse')}</span>}
      </div>
      {facts.length > 0 && <div className="hint">{facts.join(' · ')}</div>}
      {model.state === 'downloading' && <ModelDownloadProgress name={model.name} download={model.download} onCancel={() => void cancel(model.id)} />}
      {model.state === 'interrupted' && model.download && (
        <div className="model-actions">
          <span className="hint">{tr.t('models.interrupted', { done: formatBytes(model.download.bytesDone, tr), total: formatBytes(model.download.bytesTotal, tr) })}</span>
          <button type="button" className="button small primary" onClick={() => void pull(model.id)}>
            {tr.t('models.resume')}
          </button>
          <button type="button" className="button small" onClick={() => void cancel(model.id)}>
            {tr.t('models.discard')}
          </button>
        </div>
      )}
      {model.state === 'available' && (
        <div className="model-actions">
          <button type="button" className="button small primary" onClick={() => void pull(model.id)}>
            {tr.t('models.download')}
          </button>
        </div>
      )}
      {model.state === 'installed' && !confirming && (
        <div className="model-actions">
          {!model.inUse && (
            <button type="button" className="button small primary" onClick={() => void use(model.id)}>
              {tr.t('models.use')}
            </button>
          )}
          <button type="button" className="button small" onClick={() => setConfirming(true)}>
            {tr.t('models.delete')}
          </button>
        </div>
      )}
      {model.state === 'installed' && confirming && (
        <div className="model-actions" role="group" aria-label={tr.t('models.confirmDelete', { name: model.name })}>
          <span>{tr.t(model.inUse ? 'models.confirmDeleteInUse' : 'models.confirmDelete', { name: model.name })}</span>
          <button
            type="button"
            className="button small danger"
            onClick={() => {
              setConfirming(false);
              void remove(model.id);
            }}
          >
            {tr.t('models.delete')}
          </button>
          <button type="button" className="button small" onClick={() => setConfirming(false)}>
            {tr.t('models.keep')}
          </button>
        </div>
      )}
      {failure && model.state !== 'downloading' && (
        <p className="row-problem error" role="alert">
          <SaidMessage message={failure} />
        </p>
      )}
    </li>
  );
}
