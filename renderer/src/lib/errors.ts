// Turns anything thrown by an API call into a sentence for the user.
import { activeTranslator } from '../i18n';

export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return activeTranslator().t('errors.generic');
}
