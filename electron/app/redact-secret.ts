// A server's error text may repeat the key it was sent (a careless proxy or OpenAI-compatible server does; OpenAI and
// Pinecone mask it). Text built from a server's words goes through here before it can reach the window, the CLI or a
// log, so a key the user typed never comes back as text.

/** Keys shorter than this are not looked for: replacing a few common characters would garble the message. */
const MIN_SECRET_CHARS = 6;
export const REDACTED_KEY = '[API key]';

/** `text` with every occurrence of each secret replaced by a placeholder. */
export function redactSecrets(text: string, ...secrets: (string | undefined)[]): string {
  let out = text;
  for (const raw of secrets) {
    const secret = raw?.trim();
    if (!secret || secret.length < MIN_SECRET_CHARS) continue;
    out = out.split(secret).join(REDACTED_KEY);
  }
  return out;
}
