// Turns anything thrown by an API call into a sentence for the user.
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return 'Something went wrong. Try again; if it keeps happening, restart Docent.';
}
