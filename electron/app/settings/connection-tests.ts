// The settings page's "Test connection" buttons: each answers in a sentence the user can act on, and never throws.
import type { ConnectionTestResult } from '../../../shared/model';
import { testChatEndpoint } from '../chat/openai-answerer';
import { testEmbeddingsEndpoint } from '../embeddings/openai-embedder';
import { model2vecPresent } from '../providers';
import { testPineconeConnection } from '../vectors/pinecone-connection';
import type { ResolvedSettings } from './settings-store';

export async function testConnection(
  target: 'answers' | 'embeddings' | 'pinecone',
  settings: ResolvedSettings,
  dataDir: string,
): Promise<ConnectionTestResult> {
  if (target === 'answers') {
    const a = settings.answers;
    if (a.provider === 'extractive') return { ok: true, message: 'Offline answers need no connection: they quote your documents directly.' };
    if (!a.baseURL) return { ok: false, message: 'Enter the endpoint’s base URL first (for example http://localhost:11434/v1 for Ollama).' };
    return testChatEndpoint({ baseURL: a.baseURL, apiKey: a.apiKey, model: a.model });
  }
  if (target === 'embeddings') {
    const e = settings.embeddings;
    if (e.provider === 'lexical') return { ok: true, message: 'The built-in offline embedder needs no connection.' };
    if (e.provider === 'model2vec') {
      return model2vecPresent(dataDir, e.model2vecName)
        ? { ok: true, message: `Model "${e.model2vecName}" is on this computer and ready.` }
        : { ok: false, message: `Model "${e.model2vecName}" is not on this computer yet: use Download.` };
    }
    if (!e.baseURL) return { ok: false, message: 'Enter the embeddings endpoint’s base URL first.' };
    const result = await testEmbeddingsEndpoint({ baseURL: e.baseURL, apiKey: e.apiKey, model: e.model });
    return { ok: result.ok, message: result.message };
  }
  const p = settings.pinecone;
  if (!p.apiKey) return { ok: false, message: 'Enter a Pinecone API key first.' };
  return testPineconeConnection({ apiKey: p.apiKey, indexName: p.indexName, host: p.host || undefined, controllerHostUrl: p.controllerHostUrl });
}
