// The settings page's "Test connection" for Pinecone: one control-plane call (and one data-plane call when the
// index exists), answered as a message the user can act on (a code the window words, the English text for the CLI).
// Never throws.
import type { ConnectionTestResult } from '../../../shared/model';
import { userMessage } from '../user-message';
import { classify, explain } from './pinecone-errors';
import { createPineconeClient } from './pinecone-client';

export interface PineconeConnectionOptions {
  apiKey: string;
  indexName: string;
  host?: string;
  controllerHostUrl?: string;
  requestTimeoutMs?: number;
}

export async function testPineconeConnection(options: PineconeConnectionOptions): Promise<ConnectionTestResult> {
  const index = options.indexName ?? '';
  if (!options.apiKey?.trim()) return { ok: false, ...userMessage('pinecone-key-missing', 'Enter a Pinecone API key first.') };
  if (!/^[a-z0-9-]{1,45}$/.test(index)) {
    return {
      ok: false,
      ...userMessage('pinecone-index-invalid', `Index name ${JSON.stringify(index)} is not valid: use 1 to 45 lowercase letters, digits or '-'.`, { index }),
    };
  }
  const client = createPineconeClient({ ...options, requestTimeoutMs: options.requestTimeoutMs ?? 10_000 });
  const controller = options.controllerHostUrl ?? 'https://api.pinecone.io';
  const where = (operation: string, url: string) => ({ operation, url, indexName: index });
  const failed = (error: unknown, url: string): ConnectionTestResult => {
    const explained = explain(error, where('the connection test', url));
    return { ok: false, ...userMessage('pinecone-failed', explained.message, { reason: classify(explained), index, url }, explained.message) };
  };
  let model;
  try {
    model = await client.describeIndex(index);
  } catch (error) {
    if (classify(error) === 'not-found') {
      return {
        ok: true,
        ...userMessage(
          'pinecone-index-new',
          `Connected to Pinecone. Index "${index}" does not exist yet; Docent will create it (serverless, cosine) with the first document.`,
          { index },
        ),
      };
    }
    return failed(error, controller);
  }
  if (model.metric !== 'cosine') {
    return {
      ok: false,
      ...userMessage('pinecone-metric', `Index "${index}" uses the ${model.metric} metric; Docent needs cosine. Choose another index name.`, {
        index,
        metric: model.metric,
      }),
    };
  }
  const host = options.host ?? model.host;
  try {
    const stats = await client.index({ host }).describeIndexStats();
    const records = stats.totalRecordCount ?? 0;
    const ready = Boolean(model.status?.ready);
    const state = ready ? 'ready' : `not ready yet (${model.status?.state ?? 'unknown'})`;
    return {
      ok: true,
      ...userMessage(
        'pinecone-connected',
        `Connected to Pinecone: index "${index}" is ${state}, ${model.dimension} dimensions, cosine, ${records} record(s).`,
        { index, ready: ready ? 'yes' : 'no', dimension: model.dimension ?? 0, records },
        ready ? undefined : `state: ${model.status?.state ?? 'unknown'}`,
      ),
    };
  } catch (error) {
    return failed(error, host);
  }
}
