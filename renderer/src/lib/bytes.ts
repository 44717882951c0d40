// `documents.bytes` answers a Uint8Array over Electron IPC; a JSON transport may deliver it as base64, an array,
// or Node's {type:'Buffer', data}. The PDF viewer needs a real Uint8Array either way.
import { activeTranslator } from '../i18n';

export function toUint8Array(value: unknown): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (Array.isArray(value)) return Uint8Array.from(value as number[]);
  if (typeof value === 'string') {
    const binary = atob(value);
    const out = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
    return out;
  }
  if (value && typeof value === 'object') {
    const data = (value as { data?: unknown }).data;
    if (Array.isArray(data)) return Uint8Array.from(data as number[]);
    // A typed array that lost its prototype: {0: 37, 1: 80, …}
    const entries = Object.keys(value).filter((k) => /^\d+$/.test(k));
    if (entries.length > 0) return Uint8Array.from(entries.map((k) => (value as Record<string, number>)[k]));
  }
  throw new Error(activeTranslator().t('errors.bytes'));
}
