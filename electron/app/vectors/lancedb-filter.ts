// SQL predicates for LanceDB, built only from values that passed the shared id checks. Every sid and fileId that
// reaches a predicate is validated here, so no caller can inject SQL through a session or file id.
import { isFileId, isVectorSid } from '../../../shared/ids';

export class InvalidVectorIdError extends Error {
  override name = 'InvalidVectorIdError';
}

function checkedSid(sid: unknown): string {
  if (!isVectorSid(sid)) {
    throw new InvalidVectorIdError(`LanceDB: refused sid ${JSON.stringify(sid)?.slice(0, 80)}: not "base" nor a 22-character session id`);
  }
  return sid;
}

function checkedFileId(fileId: unknown): string {
  if (!isFileId(fileId)) {
    throw new InvalidVectorIdError(`LanceDB: refused fileId ${JSON.stringify(fileId)?.slice(0, 80)}: not 16 lowercase hex characters`);
  }
  return fileId;
}

/** `sid IN ('base', '<sid>')`: the prefilter of every query. */
export function sidsPredicate(sids: readonly unknown[]): string {
  if (!Array.isArray(sids) || sids.length === 0) throw new InvalidVectorIdError('LanceDB: a query needs at least one sid');
  const unique = [...new Set(sids.map(checkedSid))];
  return `sid IN (${unique.map((sid) => `'${sid}'`).join(', ')})`;
}

export function sessionPredicate(sid: unknown): string {
  return `sid = '${checkedSid(sid)}'`;
}

/** Column names are camelCase, so they are quoted: Lance's SQL would otherwise fold them to lower case. */
export function filePredicate(sid: unknown, fileId: unknown): string {
  return `sid = '${checkedSid(sid)}' AND \`fileId\` = '${checkedFileId(fileId)}'`;
}

/** Several files of one session: `sid = '…' AND fileId IN ('…', …)`. */
export function filesPredicate(sid: unknown, fileIds: readonly unknown[]): string {
  if (!Array.isArray(fileIds) || fileIds.length === 0) throw new InvalidVectorIdError('LanceDB: name at least one file');
  return `sid = '${checkedSid(sid)}' AND \`fileId\` IN (${[...new Set(fileIds.map(checkedFileId))].map((id) => `'${id}'`).join(', ')})`;
}

/** Chunk ids `<sid>#<fileId>#<chunk>` of the given sids: each part is checked before it reaches the predicate. */
export function chunksPredicate(sids: readonly unknown[], ids: readonly string[]): string {
  if (ids.length === 0) throw new InvalidVectorIdError('LanceDB: name at least one chunk');
  const checked = ids.map((id) => {
    const [sid, fileId, chunk, ...rest] = String(id).split('#');
    if (rest.length || !/^\d{1,9}$/.test(chunk ?? '')) throw new InvalidVectorIdError(`LanceDB: refused chunk id ${JSON.stringify(id).slice(0, 80)}`);
    return `'${checkedSid(sid)}#${checkedFileId(fileId)}#${chunk}'`;
  });
  return `${sidsPredicate(sids)} AND id IN (${checked.join(', ')})`;
}

export { checkedSid, checkedFileId };
