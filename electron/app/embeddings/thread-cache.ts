// Models a worker thread keeps loaded between tasks, one per slot: the app uses one embedder and one reranker at a time,
// so loading another model into a slot releases the previous one (its onnxruntime sessions hold native memory that a
// worker's heap limit does not see).

interface Entry {
  key: string;
  value: Promise<unknown>;
}

const slots = new Map<string, Entry>();

/**
 * The value loaded for `key` in `slot`, loading it once. A load that failed is tried again next time (the model may
 * have been installed or repaired meanwhile).
 */
export function loadInSlot<T>(slot: string, key: string, load: () => Promise<T>, release?: (value: T) => unknown): Promise<T> {
  const current = slots.get(slot);
  if (current?.key === key) return current.value as Promise<T>;
  if (current && release) void current.value.then((v) => release(v as T)).catch(() => {});
  const value = load();
  const entry = { key, value };
  slots.set(slot, entry);
  value.catch(() => {
    if (slots.get(slot) === entry) slots.delete(slot);
  });
  return value;
}
