// Asks, in place, for the password of an encrypted PDF; a wrong one shows why and asks again.
import { useState, type FormEvent } from 'react';
import type { ErrorInfo } from '../../../shared/model';
import { useDocent } from '../state/store';
import { useTranslator } from '../i18n';
import { SaidMessage } from './SaidMessage';

interface PasswordPromptProps {
  fileId: string;
  fileName: string;
  /** Why the last attempt failed (a wrong password), if it did. */
  error?: ErrorInfo;
  /** The progress row this prompt sits in, replaced by the retry's row. */
  rowKey?: string;
}

export function PasswordPrompt({ fileId, fileName, error, rowKey }: PasswordPromptProps) {
  const retry = useDocent((s) => s.retryWithPassword);
  const tr = useTranslator();
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = `password-${fileId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!password) return;
    setBusy(true);
    await retry({ fileId, fileName, replaces: rowKey }, password);
    setBusy(false);
    setPassword('');
  };

  return (
    <form className="password-prompt" onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId}>{tr.t('password.prompt')}</label>
      {error && error.code !== 'needs-password' && (
        <p className="row-problem error" role="alert">
          {/* The window itself says "wrong password" (state/ingest-rows.ts), so it says it in the window's language. */}
          {error.code === 'wrong-password' ? tr.t('password.wrong') : <SaidMessage message={error} />}
        </p>
      )}
      <div className="inline-form">
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          aria-label={tr.t('password.label', { name: fileName })}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button primary small" disabled={!password || busy}>
          {tr.t('password.open')}
        </button>
      </div>
      <p className="hint">{tr.t('password.hint')}</p>
    </form>
  );
}
