// Settings: the window's language, then answers, embeddings, vector store and chunking, each with its own connection test.
import { useEffect, useState } from 'react';
import type { SettingsPatch } from '../../../shared/api';
import type { SettingsView } from '../../../shared/model';
import { docentApi, useDocent } from '../state/store';
import { errorSayable } from '../lib/errors';
import { formFromView, patchFor, type SettingsForm, type SettingsGroup } from '../lib/settings-form';
import { Modal } from './Modal';
import { AnswersSettings } from './AnswersSettings';
import { EmbeddingsSettings } from './EmbeddingsSettings';
import { PineconeSettings } from './PineconeSettings';
import { ChunkingSettings } from './ChunkingSettings';
import { OcrSettings } from './OcrSettings';
import { ModelsSettings } from './ModelsSettings';
import { LanguageSettings } from './LanguageSettings';
import { ThemeSettings } from './ThemeSettings';
import { sayMessage, useTranslator, type Sayable } from '../i18n';

export interface GroupProps {
  view: SettingsView;
  form: SettingsForm;
  update(next: SettingsForm): void;
  /** The unsaved changes of some groups, as a patch (what Test connection tests). */
  patch(groups: SettingsGroup[]): SettingsPatch;
}

export function SettingsDialog() {
  const tr = useTranslator();
  const open = useDocent((s) => s.settingsOpen);
  const view = useDocent((s) => s.settings);
  const setSettings = useDocent((s) => s.setSettings);
  const openSettings = useDocent((s) => s.openSettings);
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [error, setError] = useState<Sayable | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (open && view) setForm(formFromView(view));
    if (!open) setError(null);
  }, [open, view]);

  if (!open || !view || !form) return null;

  /** Save checks before it applies: what cannot work is refused with its reason and nothing changes. */
  const save = async (): Promise<boolean> => {
    const patch = patchFor(view, form);
    if (Object.keys(patch).length === 0) return true;
    setSaving(true);
    setError(null);
    try {
      const next = await docentApi().settings.set(patch);
      setSettings(next);
      setForm(formFromView(next));
      return true;
    } catch (e) {
      setError(errorSayable(e));
      return false;
    } finally {
      setSaving(false);
    }
  };

  const group: GroupProps = { view, form, update: setForm, patch: (groups) => patchFor(view, form, groups) };
  return (
    <Modal
      title={tr.t('settings.title')}
      open
      className="settings-dialog"
      onClose={() => void openSettings(false)}
      testId="settings-dialog"
      actions={
        <>
          <button type="button" className="button" onClick={() => void openSettings(false)}>
            {tr.t('settings.close')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={saving}
            onClick={() => void save().then((ok) => (ok ? openSettings(false) : undefined))}
          >
            {tr.t(saving ? 'settings.saving' : 'settings.save')}
          </button>
        </>
      }
    >
      {view.keysStoredInPlainText && (
        <p className="note warning" role="note">
          {tr.t('settings.plainTextKeys')}
        </p>
      )}
      {error && <NotSaved error={error} />}
      <LanguageSettings />
      <ThemeSettings />
      <AnswersSettings {...group} />
      <ModelsSettings {...group} />
      <EmbeddingsSettings {...group} />
      <PineconeSettings {...group} />
      <ChunkingSettings {...group} />
      <OcrSettings {...group} />
    </Modal>
  );
}

/** Why the change was refused, in the window's language; the technical cause (a library's words) behind Details. */
function NotSaved({ error }: { error: Sayable }) {
  const tr = useTranslator();
  const said = sayMessage(tr, error);
  return (
    <div className="row-problem error" role="alert" data-testid="settings-not-saved" data-code={error.code}>
      <p>{tr.t('settings.notSaved', { reason: said.text })}</p>
      {said.detail && (
        <details className="message-detail" data-testid="message-detail">
          <summary>{tr.t('message.details')}</summary>
          <code dir="auto">{said.detail}</code>
        </details>
      )}
    </div>
  );
}
