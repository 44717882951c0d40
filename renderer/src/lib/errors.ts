// Turns anything thrown by an API call into what the window says. A failure main words for people (a DocentError with
// a user message: code, params, detail) is said in the window's language with its technical cause behind "Details";
// anything else shows its own text, and a failure with no text a generic sentence.
import { DocentError } from '../../../shared/api';
import { activeTranslator, sayMessage, type Sayable } from '../i18n';

/** The message to show for a failure, for a toast or <SaidMessage> (which word it and fold the detail away). */
export function errorSayable(error: unknown): Sayable {
  if (error instanceof DocentError && error.userMessage) return error.userMessage;
  if (error instanceof Error && error.message) return { message: error.message };
  if (typeof error === 'string' && error) return { message: error };
  return { message: activeTranslator().t('errors.generic') };
}

/** The failure as one sentence in the window's language, for places that show text only. */
export function errorMessage(error: unknown): string {
  return sayMessage(activeTranslator(), errorSayable(error)).text;
}
