// The settings page's "Test connection" buttons: each answers in a sentence the user can act on, and never throws.
import type { ConnectionTestResult } from '../../../shared/model';
import { testChatEndpoint } from '../chat/openai-answerer';
import { testEmbeddingsEndpoint } from '../embeddings/openai-embedder';
import { model2vecPresent } from '../providers';
import { testPineconeConnection } from '../vectors/pinecone-connection';
import type { ResolvedSettings } from './settings-store';
import { userMessage } from '../user-message';

export async function testConnection(
  target: 'answers' | 'embeddings' | 'pinecone',
  settings: ResolvedSettings,
  dataDir: string,
): Promise<ConnectionTestResult> {
  if (target === 'answers') {
    const a = settings.answers;
    if (a.provider === 'extractive')
      return { ok: true, ...userMessage('extractive-offline', 'Offline answers need no connection: they quote your documents directly.') };
    if (!a.baseURL)
      return { ok: false, ...userMessage('chat-url-missing', 'Enter the endpoint’s base URL first (for example http://localhost:11434/v1 for Ollama).') };
    return testChatEndpoint({ baseURL: a.baseURL, apiKey: a.apiKey, model: a.model });
  }
  if (target === 'embeddings') {
    const e = settings.embeddings;
    if (e.provider === 'lexical') return { ok: true, ...userMessage('lexical-offline', 'The built-in offline embedder needs no connection.') };
    if (e.provider === 'model2vec') {
      const model = e.model2vecName;
      return model2vecPresent(dataDir, model)
        ? { ok: true, ...userMessage('model-ready', `Model "${model}" is on this computer and ready.`, { model }) }
        : { ok: false, ...userMessage('model-not-downloaded', `Model "${model}" is not on this computer yet: use Download.`, { model }) };
    }
    if (!e.baseURL) return { ok: false, ...userMessage('embeddings-url-missing', 'Enter the embeddings endpoint’s base URL first.') };
    const { dimension: _dimension, ...result } = await testEmbeddingsEndpoint({ baseURL: e.baseURL, apiKey: e.apiKey, model: e.model });
    return result;
  }
  const p = settings.pinecone;
  if (!p.apiKey) return { ok: false, ...userMessage('pinecone-key-missing', 'Enter a Pinecone API key first.') };
  return testPineconeConnection({ apiKey: p.apiKey, indexName: p.indexName, host: p.host || undefined, controllerHostUrl: p.controllerHostUrl });
}
