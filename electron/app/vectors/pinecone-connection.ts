// The settings page's "Test connection" for Pinecone: one control-plane call (and one data-plane call when the
// index exists), answered as a sentence the user can act on. Never throws.
import { classify, explain } from './pinecone-errors';
import { createPineconeClient } from './pinecone-client';

export interface PineconeConnectionOptions {
  apiKey: string;
  indexName: string;
  host?: string;
  controllerHostUrl?: string;
  requestTimeoutMs?: number;
}

/** `dimension`: the existing index's vector length (absent when Docent will create the index). */
export async function testPineconeConnection(options: PineconeConnectionOptions): Promise<{ ok: boolean; message: string; dimension?: number }> {
  if (!options.apiKey?.trim()) return { ok: false, message: 'Enter a Pinecone API key first.' };
  if (!/^[a-z0-9-]{1,45}$/.test(options.indexName ?? '')) {
    return { ok: false, message: `Index name ${JSON.stringify(options.indexName)} is not valid: use 1 to 45 lowercase letters, digits or '-'.` };
  }
  const client = createPineconeClient({ ...options, requestTimeoutMs: options.requestTimeoutMs ?? 10_000 });
  const controller = options.controllerHostUrl ?? 'https://api.pinecone.io';
  const where = (operation: string, url: string) => ({ operation, url, indexName: options.indexName });
  let model;
  try {
    model = await client.describeIndex(options.indexName);
  } catch (error) {
    if (classify(error) === 'not-found') {
      return {
        ok: true,
        message: `Connected to Pinecone. Index "${options.indexName}" does not exist yet; Docent will create it (serverless, cosine) with the first document.`,
      };
    }
    return { ok: false, message: explain(error, where('the connection test', controller)).message };
  }
  if (model.metric !== 'cosine') {
    return { ok: false, message: `Index "${options.indexName}" uses the ${model.metric} metric; Docent needs cosine. Choose another index name.` };
  }
  const host = options.host ?? model.host;
  try {
    const stats = await client.index({ host }).describeIndexStats();
    const records = stats.totalRecordCount ?? 0;
    const state = model.status?.ready ? 'ready' : `not ready yet (${model.status?.state ?? 'unknown'})`;
    return {
      ok: true,
      message: `Connected to Pinecone: index "${options.indexName}" is ${state}, ${model.dimension} dimensions, cosine, ${records} record(s).`,
      dimension: model.dimension ?? undefined,
    };
  } catch (error) {
    return { ok: false, message: explain(error, where('the connection test', host)).message };
  }
}
