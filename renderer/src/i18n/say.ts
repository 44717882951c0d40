// Says a message from the main process in the window's language. Every such message (a notice, a file's error, a
// connection test, an answer's error) carries a stable `code` and its `params` beside the English `message`
// (shared/model.ts ErrorInfo). The catalogs word a code as `msg.<code>`, and a finer case of it as
// `msg.<code>.<reason>` when the params name a `reason`. A code the window does not know, or params that lack what
// the wording needs (a message stored by an older version), fall back to the English message, so nothing is lost.
import type { MessageParams } from '../../../shared/model';
import { catalogs, type MessageKey } from './messages';
import { messageSignature, parseMessage } from './icu-text';
import type { Translator } from './translator';

/** What the main process sends; only `message` is always there. */
export interface Sayable {
  code?: string;
  params?: MessageParams;
  message: string;
  detail?: string;
}

export interface Said {
  text: string;
  /** The technical cause, for "Details"; absent when there is none or the English fallback already says it. */
  detail?: string;
  /** True when the window's own wording was used (not the English fallback). */
  localized: boolean;
}

/** The arguments each catalog message needs, by locale and key (parsed once). */
const needed = new Map<string, string[]>();

function argumentsOf(tr: Translator, key: MessageKey): string[] {
  const id = `${tr.locale}|${key}`;
  let names = needed.get(id);
  if (!names) {
    names = messageSignature(parseMessage(catalogs[tr.locale][key], tr.locale))
      .filter((entry) => !entry.startsWith('<'))
      .map((entry) => entry.slice(0, entry.indexOf(':')));
    needed.set(id, names);
  }
  return names;
}

function isKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogs.en, key);
}

/** The catalog keys that may word a message, finest first. */
export function messageKeys(code: string | undefined, params: MessageParams | undefined): MessageKey[] {
  if (!code) return [];
  const reason = typeof params?.reason === 'string' ? params.reason : undefined;
  return [reason ? `msg.${code}.${reason}` : '', `msg.${code}`].filter(isKey);
}

export function sayMessage(tr: Translator, message: Sayable): Said {
  const params: Record<string, string | number> = { ...message.params };
  // Sessions are untitled until named: say so in the window's words.
  if (params.title === '') params.title = tr.t('sessions.untitled');
  for (const key of messageKeys(message.code, message.params)) {
    if (argumentsOf(tr, key).some((name) => params[name] === undefined)) continue;
    const text = tr.t(key, params);
    const detail = message.detail?.trim();
    return { text, localized: true, ...(detail && detail !== text ? { detail } : {}) };
  }
  return { text: message.message, localized: false };
}
