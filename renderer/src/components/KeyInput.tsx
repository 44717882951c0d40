// A write-only key field: it never shows the stored key, only whether one is set. Typing replaces it.
interface KeyInputProps {
  label: string;
  keySet: boolean;
  value: string;
  onChange(value: string): void;
  /** Asks to erase the stored key (sends an empty key on Save). */
  onClear(): void;
  clearing: boolean;
}

export function KeyInput({ label, keySet, value, onChange, onClear, clearing }: KeyInputProps) {
  const state = clearing ? 'will be removed' : value ? 'will be replaced' : keySet ? 'set' : 'not set';
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
          placeholder={keySet ? 'Type a new key to replace it' : 'Paste a key'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      </label>
      {keySet && !value && (
        <button type="button" className="button ghost small" onClick={onClear} aria-pressed={clearing}>
          {clearing ? 'Keep key' : 'Remove key'}
        </button>
      )}
    </div>
  );
}
