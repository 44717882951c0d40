// "Test connection" for one settings group, with its result in words.
import { useState } from 'react';
import type { SettingsPatch } from '../../../shared/api';
import type { ConnectionTestResult } from '../../../shared/model';
import { docentApi } from '../state/store';
import { errorMessage } from '../lib/errors';
import { useTranslator } from '../i18n';
import { SaidMessage } from './SaidMessage';

interface TestConnectionProps {
  target: 'answers' | 'embeddings' | 'pinecone';
  /** The form's unsaved changes: tested as they are, saved only by Save. */
  form(): SettingsPatch;
}

export function TestConnection({ target, form }: TestConnectionProps) {
  const tr = useTranslator();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ConnectionTestResult | null>(null);
  const run = async () => {
    setBusy(true);
    setResult(null);
    try {
      setResult(await docentApi().settings.test({ target, settings: form() }));
    } catch (error) {
      setResult({ ok: false, message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="test-connection">
      <button type="button" className="button small" disabled={busy} onClick={() => void run()}>
        {tr.t(busy ? 'settings.testing' : 'settings.test')}
      </button>
      {result && (
        <span className={`test-result ${result.ok ? 'ok' : 'error'}`} role="status">
          {result.ok ? '✓ ' : '✕ '}
          <SaidMessage message={result} />
        </span>
      )}
    </div>
  );
}
