// Asks, in place, for the password of an encrypted PDF; a wrong one shows why and asks again.
import { useState, type FormEvent } from 'react';
import type { ErrorInfo } from '../../../shared/model';
import { useDocent } from '../state/store';

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
      <label htmlFor={inputId}>This PDF is protected. Type its password to open it:</label>
      {error && error.code !== 'needs-password' && (
        <p className="row-problem error" role="alert">
          {error.message}
        </p>
      )}
      <div className="inline-form">
        <input
          id={inputId}
          type="password"
          autoComplete="off"
          aria-label={`Password for ${fileName}`}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" className="button primary small" disabled={!password || busy}>
          Open
        </button>
      </div>
      <p className="hint">The password is used once to read the file and is never saved.</p>
    </form>
  );
}
