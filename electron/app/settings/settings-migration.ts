// settings.json carries a schema version. Each step upgrades a file written by an older Docent, so nothing the user
// chose is lost when a release adds keys; a file from a newer Docent (a higher version) is refused, not guessed at.
export const SETTINGS_VERSION = 2;

type RawSettings = Record<string, unknown>;

/**
 * v1 → v2: the model layer's keys. `answers.provider` gains 'local' (+ `answers.localModel`), `embeddings.provider`
 * gains 'onnx' (+ `embeddings.onnxModel`), and `rerank` and `models` appear; every v1 value keeps its meaning, the new
 * keys take their defaults (no local model, no reranker, no mirror).
 */
function fromV1(raw: RawSettings): RawSettings {
  return { ...raw, version: 2 };
}

const steps: Record<number, (raw: RawSettings) => RawSettings> = { 1: fromV1 };

/** Brings a parsed settings.json up to SETTINGS_VERSION. A file without a version is v1 (the first release wrote none). */
export function migrateSettings(raw: unknown): { settings: unknown; migratedFrom?: number } {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { settings: raw };
  let current = raw as RawSettings;
  const from = current.version === undefined ? 1 : current.version;
  if (typeof from !== 'number' || !Number.isInteger(from)) return { settings: raw };
  if (from > SETTINGS_VERSION) throw new Error(`it was written by a newer Docent (settings version ${from}; this one reads up to ${SETTINGS_VERSION})`);
  for (let version = from; version < SETTINGS_VERSION; version++) current = steps[version](current);
  return { settings: current, migratedFrom: from < SETTINGS_VERSION ? from : undefined };
}
