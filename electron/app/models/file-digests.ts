// What a downloaded file is checked against. A catalog entry names the file's sha256; where it could not, the server's
// published identity is used: Hugging Face gives a large (LFS/Xet) file's sha256 in X-Linked-Etag and a small git-stored
// file's git blob id (sha1 of "blob <size>\0" + bytes) in its ETag; other servers and mirrors may give a plain sha1.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';

/** The digests a server published for one file (any may be absent). */
export interface PublishedDigest {
  sha256?: string;
  /** A 40-hex ETag: git blob id on Hugging Face, a plain sha1 of the bytes on some mirrors. Either is accepted. */
  sha1?: string;
  size?: number;
}

/** The published identity in a response's headers: X-Linked-Etag / X-Linked-Size on a Hugging Face redirect, else ETag. */
export function publishedDigestOf(headers: Headers): PublishedDigest {
  const out: PublishedDigest = {};
  const linked = bareEtag(headers.get('x-linked-etag'));
  const etag = bareEtag(headers.get('etag'));
  for (const value of [linked, etag]) {
    if (!value) continue;
    if (/^[0-9a-f]{64}$/.test(value) && !out.sha256) out.sha256 = value;
    else if (/^[0-9a-f]{40}$/.test(value) && !out.sha1 && !out.sha256) out.sha1 = value;
  }
  const size = Number(headers.get('x-linked-size'));
  if (headers.has('x-linked-size') && Number.isSafeInteger(size) && size >= 0) out.size = size;
  return out;
}

function bareEtag(value: string | null): string | undefined {
  if (!value) return undefined;
  return value.trim().replace(/^W\//, '').replace(/^"|"$/g, '').toLowerCase();
}

export interface FileIdentity {
  size: number;
  sha256: string;
  /** Only when asked for (the server published a 40-hex identity). */
  sha1?: string;
  gitBlobSha1?: string;
}

/** Reads a file once and returns its size and sha256 (and its sha1 and git blob id when `withSha1`). */
export async function identityOf(file: string, withSha1 = false): Promise<FileIdentity> {
  const { size } = await stat(file);
  const sha256 = createHash('sha256');
  const sha1 = withSha1 ? createHash('sha1') : undefined;
  const gitBlob = withSha1 ? createHash('sha1').update(`blob ${size}\0`) : undefined;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    sha256.update(chunk as Buffer);
    sha1?.update(chunk as Buffer);
    gitBlob?.update(chunk as Buffer);
  }
  return { size, sha256: sha256.digest('hex'), sha1: sha1?.digest('hex'), gitBlobSha1: gitBlob?.digest('hex') };
}
