// Pinecone's metadata filter language (PINECONE.md §5): validation with the server's 400 messages, and evaluation.
// A filter is a set of clauses ANDed together: `{field: value}` ($eq), `{field: {$op: value, ...}}`,
// `{$and: [filter, ...]}`, `{$or: [filter, ...]}`.

export type Metadata = Record<string, string | number | boolean | string[]>;

const MAX_IN_VALUES = 10_000;
const COMPARISON_OPS = new Set(['$gt', '$gte', '$lt', '$lte']);
const EQUALITY_OPS = new Set(['$eq', '$ne']);
const LIST_OPS = new Set(['$in', '$nin']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): value is string | number | boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** Returns the message of the 400 the real service answers for this filter, or null when the filter is valid. */
export function filterError(filter: unknown): string | null {
  if (!isPlainObject(filter)) return 'Invalid filter: the filter must be a JSON object.';
  const keys = Object.keys(filter);
  if (keys.length === 0) return 'Invalid filter: the filter must not be empty.';
  for (const key of keys) {
    const value = filter[key];
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) return `Invalid filter: ${key} needs a non-empty array of clauses.`;
      for (const clause of value) {
        const inner = filterError(clause);
        if (inner) return inner;
      }
      continue;
    }
    if (key.startsWith('$')) return `Invalid filter: unknown top-level operator ${key}.`;
    const error = fieldConditionError(key, value);
    if (error) return error;
  }
  return null;
}

function fieldConditionError(field: string, condition: unknown): string | null {
  if (isScalar(condition)) return null;
  if (Array.isArray(condition)) {
    return `Invalid filter: illegal condition for field ${field}, got an array; use {"$in": [...]} to match one of several values.`;
  }
  if (!isPlainObject(condition)) return `Invalid filter: illegal condition for field ${field}, got ${JSON.stringify(condition)}.`;
  const ops = Object.keys(condition);
  if (ops.length === 0) return `Invalid filter: empty condition for field ${field}.`;
  for (const op of ops) {
    const operand = condition[op];
    if (EQUALITY_OPS.has(op)) {
      if (!isScalar(operand)) return `Invalid filter: ${op} on field ${field} needs a string, number or boolean.`;
    } else if (COMPARISON_OPS.has(op)) {
      if (typeof operand !== 'number' || !Number.isFinite(operand)) return `Invalid filter: ${op} on field ${field} needs a number.`;
    } else if (LIST_OPS.has(op)) {
      if (!Array.isArray(operand)) return `Invalid filter: ${op} on field ${field} needs an array.`;
      if (operand.length > MAX_IN_VALUES) {
        return `Invalid filter: ${op} on field ${field} has ${operand.length} values; the maximum is ${MAX_IN_VALUES}.`;
      }
      const allStrings = operand.every((v) => typeof v === 'string');
      const allNumbers = operand.every((v) => typeof v === 'number' && Number.isFinite(v));
      if (!allStrings && !allNumbers) return `Invalid filter: ${op} on field ${field} needs an array of strings or of numbers.`;
    } else if (op === '$exists') {
      if (typeof operand !== 'boolean') return `Invalid filter: $exists on field ${field} needs a boolean.`;
    } else {
      return `Invalid filter: unknown operator ${op} on field ${field}.`;
    }
  }
  return null;
}

/** True when the record's metadata satisfies the (already validated) filter. */
export function matchesFilter(metadata: Metadata | undefined, filter: Record<string, unknown>): boolean {
  const meta = metadata ?? {};
  return Object.entries(filter).every(([key, value]) => {
    if (key === '$and') return (value as Record<string, unknown>[]).every((clause) => matchesFilter(meta, clause));
    if (key === '$or') return (value as Record<string, unknown>[]).some((clause) => matchesFilter(meta, clause));
    const condition = isPlainObject(value) ? value : { $eq: value };
    return Object.entries(condition).every(([op, operand]) => matchesOperator(meta[key], op, operand));
  });
}

function matchesOperator(fieldValue: Metadata[string] | undefined, op: string, operand: unknown): boolean {
  if (op === '$exists') return (fieldValue !== undefined) === operand;
  // On a list-of-strings field a positive clause matches when any element matches; its negation when none does.
  const values: (string | number | boolean)[] = fieldValue === undefined ? [] : Array.isArray(fieldValue) ? fieldValue : [fieldValue];
  const any = (test: (v: string | number | boolean) => boolean) => values.some(test);
  switch (op) {
    case '$eq': return any((v) => v === operand);
    case '$ne': return !any((v) => v === operand);
    case '$in': return any((v) => (operand as unknown[]).includes(v));
    case '$nin': return !any((v) => (operand as unknown[]).includes(v));
    case '$gt': return any((v) => typeof v === 'number' && v > (operand as number));
    case '$gte': return any((v) => typeof v === 'number' && v >= (operand as number));
    case '$lt': return any((v) => typeof v === 'number' && v < (operand as number));
    case '$lte': return any((v) => typeof v === 'number' && v <= (operand as number));
    default: return false;
  }
}
