// The settings form's state and the patch it sends: only what the user changed, keys only when typed or cleared.
import type { SettingsPatch } from '../../../shared/api';
import type { SettingsView } from '../../../shared/model';

export interface SettingsForm {
  answers: { provider: SettingsView['answers']['provider']; baseURL: string; model: string; apiKey: string; clearKey: boolean; localModel: string };
  embeddings: {
    provider: SettingsView['embeddings']['provider'];
    baseURL: string;
    model: string;
    apiKey: string;
    clearKey: boolean;
    model2vecName: string;
    model2vecUrl: string;
    onnxModel: string;
  };
  pinecone: { enabled: boolean; indexName: string; host: string; apiKey: string; clearKey: boolean };
  chunking: { size: number; overlapPercent: number };
  ocr: { enabled: boolean; languages: string[] };
  models: { mirror: string; rerankDepth: number };
}

export type SettingsGroup = 'answers' | 'embeddings' | 'pinecone' | 'chunking' | 'ocr' | 'models';

export function formFromView(view: SettingsView): SettingsForm {
  return {
    answers: { provider: view.answers.provider, baseURL: view.answers.baseURL, model: view.answers.model, apiKey: '', clearKey: false, localModel: view.answers.localModel },
    embeddings: {
      provider: view.embeddings.provider,
      baseURL: view.embeddings.baseURL,
      model: view.embeddings.model,
      apiKey: '',
      clearKey: false,
      model2vecName: view.embeddings.model2vecName,
      model2vecUrl: view.embeddings.model2vecUrl,
      onnxModel: view.embeddings.onnxModel,
    },
    pinecone: { enabled: view.pinecone.enabled, indexName: view.pinecone.indexName, host: view.pinecone.host, apiKey: '', clearKey: false },
    chunking: { size: view.chunking.size, overlapPercent: Math.round(view.chunking.overlap * 100) },
    ocr: { enabled: view.ocr.enabled, languages: [...view.ocr.languages] },
    models: { mirror: view.models.mirror, rerankDepth: view.rerank.depth },
  };
}

function changed<T extends object>(before: T, after: T, fields: (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const field of fields) if (before[field] !== after[field]) out[field] = after[field];
  return out;
}

function withKey<T extends object>(patch: T, group: { apiKey: string; clearKey: boolean }): T & { apiKey?: string } {
  if (group.apiKey) return { ...patch, apiKey: group.apiKey };
  if (group.clearKey) return { ...patch, apiKey: '' };
  return patch;
}

/** The patch for some groups (all by default); empty groups are left out. */
export function patchFor(
  view: SettingsView,
  form: SettingsForm,
  groups: SettingsGroup[] = ['answers', 'embeddings', 'pinecone', 'chunking', 'ocr', 'models'],
): SettingsPatch {
  const before = formFromView(view);
  const patch: SettingsPatch = {};
  if (groups.includes('answers')) {
    const answers = withKey(changed(before.answers, form.answers, ['provider', 'baseURL', 'model', 'localModel']), form.answers);
    if (Object.keys(answers).length) patch.answers = answers;
  }
  if (groups.includes('embeddings')) {
    const fields: (keyof SettingsForm['embeddings'])[] = ['provider', 'baseURL', 'model', 'model2vecName', 'model2vecUrl', 'onnxModel'];
    const embeddings = withKey(changed(before.embeddings, form.embeddings, fields), form.embeddings);
    if (Object.keys(embeddings).length) patch.embeddings = embeddings as SettingsPatch['embeddings'];
  }
  if (groups.includes('pinecone')) {
    const pinecone = withKey(changed(before.pinecone, form.pinecone, ['enabled', 'indexName', 'host']), form.pinecone);
    if (Object.keys(pinecone).length) patch.pinecone = pinecone;
  }
  if (groups.includes('chunking')) {
    const chunking: NonNullable<SettingsPatch['chunking']> = {};
    if (form.chunking.size !== before.chunking.size) chunking.size = form.chunking.size;
    if (form.chunking.overlapPercent !== before.chunking.overlapPercent) chunking.overlap = form.chunking.overlapPercent / 100;
    if (Object.keys(chunking).length) patch.chunking = chunking;
  }
  if (groups.includes('ocr')) {
    const ocr: NonNullable<SettingsPatch['ocr']> = {};
    if (form.ocr.enabled !== before.ocr.enabled) ocr.enabled = form.ocr.enabled;
    if (form.ocr.languages.join('+') !== before.ocr.languages.join('+')) ocr.languages = form.ocr.languages;
    if (Object.keys(ocr).length) patch.ocr = ocr;
  }
  if (groups.includes('models')) {
    if (form.models.mirror.trim() !== before.models.mirror) patch.models = { mirror: form.models.mirror.trim() };
    if (form.models.rerankDepth !== before.models.rerankDepth) patch.rerank = { depth: form.models.rerankDepth };
  }
  return patch;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/**
 * Where the saved key of a group belongs when it will not be sent to the address in the form: a saved key is bound to
 * the endpoint it was entered for (main never sends it elsewhere), so a changed address needs its own key.
 */
export function keyBelongsElsewhere(saved: { keySet: boolean; keyForOtherEndpoint?: string; baseURL: string }, formBaseURL: string): string | undefined {
  if (saved.keyForOtherEndpoint) return originOf(formBaseURL) === saved.keyForOtherEndpoint ? undefined : saved.keyForOtherEndpoint;
  if (saved.keySet && originOf(formBaseURL) !== originOf(saved.baseURL)) return originOf(saved.baseURL);
  return undefined;
}
