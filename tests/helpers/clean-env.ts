// The environment every Docent started by a test or a benchmark runs with (createDocent, the CLI, crash children):
// the developer's own PINECONE_*, OPENAI_* and DOCENT_* settings are removed, so a test never sends documents to a
// real service and never runs on settings it did not choose. A test adds what it means to set through `extra`.
const APP_SETTINGS = /^(PINECONE_|OPENAI_|DOCENT_)/;

export function cleanEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { LANCEDB_LOG: 'error' };
  for (const [key, value] of Object.entries(process.env)) if (!APP_SETTINGS.test(key)) env[key] = value;
  return { ...env, ...extra };
}
