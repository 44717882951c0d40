// The settings page's "Test connection" buttons and the model download action: each answers in a sentence the user
// can act on, and never throws.
import type { ConnectionTestResult } from '../../../shared/model';
import { testChatEndpoint } from '../chat/openai-answerer';
import { downloadModel } from '../embeddings/model-download';
import { testEmbeddingsEndpoint } from '../embeddings/openai-embedder';
import type { EventHub } from '../events';
import { model2vecPresent, modelDir } from '../providers';
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

let downloading: Promise<unknown> | undefined;

/** Starts downloading the configured Model2Vec model; progress and the outcome arrive as status events. */
export async function startModelDownload(settings: ResolvedSettings, dataDir: string, events: EventHub): Promise<{ started: boolean }> {
  const e = settings.embeddings;
  if (downloading) return { started: false };
  if (!e.model2vecUrl) {
    events.emit('status', { type: 'notice', level: 'error', message: 'Set the model’s download URL in Settings first.' });
    return { started: false };
  }
  const notice = (level: 'info' | 'error', message: string) => events.emit('status', { type: 'notice', level, message });
  downloading = downloadModel({
    url: e.model2vecUrl,
    dir: modelDir(dataDir, e.model2vecName),
    onProgress: (done, total, file) =>
      events.emit('status', { type: 'notice', level: 'info', message: `Downloading ${file}: ${Math.round(done / 1e6)} MB${total ? ` of ${Math.round(total / 1e6)} MB` : ''}` }),
  })
    .then(() => notice('info', `Model "${e.model2vecName}" is ready${model2vecPresent(dataDir, e.model2vecName) ? '' : ' (files incomplete)'}; choose it in Settings to use it.`))
    .catch((error: Error) => notice('error', `The model download failed: ${error.message}. Try again to resume.`))
    .finally(() => (downloading = undefined));
  return { started: true };
}
