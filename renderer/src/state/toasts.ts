// Short messages in the corner: errors stay until dismissed (they say what to do next), notices fade.
export type ToastLevel = 'info' | 'warning' | 'error';
export interface Toast {
  id: number;
  level: ToastLevel;
  message: string;
}
let nextToastId = 1;
export function makeToast(level: ToastLevel, message: string): Toast {
  return { id: nextToastId++, level, message };
}
