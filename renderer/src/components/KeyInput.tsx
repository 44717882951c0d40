// A write-only key field: it never shows the stored key, only whether one is set. Typing replaces it.
import { useTranslator } from '../i18n';
interface KeyInputProps {
  label: string;
  keySet: boolean;
  value: string;
  onChange(value: string): void;
  /** Asks to erase the stored key (sends an empty key on Save). */
  onClear(): void;
  clearing: boolean;
  /** The origin the saved key was entered for, when it is not the one in the form: that key will not be sent here. */
  keyFor?: string;
}

export function KeyInput({ label, keySet: savedKeySet, value, onChange, onClear, clearing, keyFor }: KeyInputProps) {
  const tr = useTranslator();
  const keySet = savedKeySet && !keyFor;
  const state = tr.t(clearing ? 'settings.key.removing' : value ? 'settings.key.replacing' : keySet ? 'settings.key.set' : 'settings.key.unset');
  return (
    <div className="field">
      <label>
        <span>
          {label} <span className={`key-state ${keySet && !clearing ? 'set' : ''}`}>({state})</span>
        </span>
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          placeholder={tr.t(keySet ? 'settings.key.replacePlaceholder' : 'settings.key.pastePlaceholder')}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {keyFor && !value && (
        <p className="hint" role="note">
          {tr.t('settings.key.otherEndpoint', { origin: keyFor })}
        </p>
      )}
      {keySet && !value && (
        <button type="button" className="button ghost small" onClick={onClear} aria-pressed={clearing}>
          {tr.t(clearing ? 'settings.key.keep' : 'settings.key.remove')}
        </button>
      )}
    </div>
  );
}
