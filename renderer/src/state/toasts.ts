// Notices from the main process and the window itself, folded into what the window shows. Pure, so the rules are
// testable: information goes away by itself (the store sets its timer); warnings and errors stay until dismissed but
// gather in one list; the same message twice is one entry with a count; a progress notice (the same code again, as a
// download counts up) replaces its previous self instead of piling up.
import type { Sayable } from '../i18n/say';

export type ToastLevel = 'info' | 'warning' | 'error';

export interface Toast {
  id: number;
  level: ToastLevel;
  message: Sayable;
  /** The main process's id for the notice, so one heard live and again in the start-up list shows once. */
  noticeId?: string;
  /** How many times this same message arrived. */
  count: number;
}

let nextToastId = 1;

export function makeToast(level: ToastLevel, message: Sayable | string, noticeId?: string): Toast {
  return { id: nextToastId++, level, message: typeof message === 'string' ? { message } : message, count: 1, ...(noticeId ? { noticeId } : {}) };
}

/** Problems kept at most; the oldest go first (a runaway producer must not grow the window without end). */
export const MAX_PROBLEMS = 50;

const sameMessage = (a: Toast, b: Toast) => a.level === b.level && a.message.message === b.message.message && a.message.code === b.message.code;

/** Adds a notice; returns the new list and the toast that now stands for it (a fresh one, or the one it merged into). */
export function addToast(toasts: readonly Toast[], toast: Toast): { toasts: Toast[]; shown: Toast } {
  const known = toast.noticeId ? toasts.find((t) => t.noticeId === toast.noticeId) : undefined;
  if (known) return { toasts: [...toasts], shown: known };
  const same = toasts.find((t) => sameMessage(t, toast));
  if (same) {
    const merged = { ...same, count: same.count + 1 };
    return { toasts: toasts.map((t) => (t === same ? merged : t)), shown: merged };
  }
  // Information with a code replaces the previous information of that code (progress counting up).
  const kept = toast.level === 'info' && toast.message.code ? toasts.filter((t) => !(t.level === 'info' && t.message.code === toast.message.code)) : [...toasts];
  kept.push(toast);
  const problems = kept.filter(isProblem);
  const overflow = problems.length - MAX_PROBLEMS;
  const trimmed = overflow > 0 ? kept.filter((t) => !problems.slice(0, overflow).includes(t)) : kept;
  return { toasts: trimmed, shown: toast };
}

export function isProblem(toast: Toast): boolean {
  return toast.level !== 'info';
}
