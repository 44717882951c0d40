// `<data>/settings.json`: which providers Docent uses, overridden by environment variables.
// Keys are stored through a SecretBox (encrypted with safeStorage in the app) and never leave the main process:
// the renderer sees only whether a key is set (SettingsView).
import { readFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SettingsPatch } from '../../../shared/api';
import type { SettingsView } from '../../../shared/model';
import { writeFileAtomic } from '../sessions/atomic-write';
import type { SecretBox } from './secret-box';
import { causeOf, userMessage, type UserMessage } from '../user-message';
import { migrateSettings, SETTINGS_VERSION } from './settings-migration';

/**
 * A stored key and the endpoint it was entered for (`boundTo`, see keyEndpoints): a key is only ever sent where the
 * user meant it to go, so changing just the base URL does not hand the old key to a new host.
 */
const StoredSecret = z.object({ encrypted: z.boolean(), value: z.string(), boundTo: z.string().optional() }).optional();

const StoredSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION).default(SETTINGS_VERSION),
  answers: z
    .object({
      provider: z.enum(['extractive', 'openai', 'local']).default('extractive'),
      baseURL: z.string().default(''),
      model: z.string().default(''),
      apiKey: StoredSecret,
      /** The installed chat model (`<data>/models/<id>/`) answering when provider is 'local'; '' = none chosen. */
      localModel: z.string().default(''),
    })
    .prefault({}),
  embeddings: z
    .object({
      provider: z.enum(['lexical', 'model2vec', 'openai', 'onnx']).default('lexical'),
      baseURL: z.string().default(''),
      model: z.string().default(''),
      apiKey: StoredSecret,
      model2vecName: z.string().default('potion-base-8M'),
      model2vecUrl: z.string().default(''),
      /** The installed ONNX embedder used when provider is 'onnx'; '' = none chosen. */
      onnxModel: z.string().default(''),
    })
    .prefault({}),
  /** The cross-encoder that reorders the retrieved passages: an installed rerank model's id, '' = off. */
  rerank: z.object({ model: z.string().default(''), depth: z.number().int().min(1).max(200).default(30) }).prefault({}),
  /** Model downloads: a base URL that replaces https://huggingface.co (a company mirror), '' = none. */
  models: z.object({ mirror: z.string().default('') }).prefault({}),
  pinecone: z
    .object({
      enabled: z.boolean().default(false),
      indexName: z.string().default('docent'),
      host: z.string().default(''),
      apiKey: StoredSecret,
    })
    .prefault({}),
  chunking: z.object({ size: z.number().default(1000), overlap: z.number().default(0.15) }).prefault({}),
  ocr: z.object({ enabled: z.boolean().default(true), languages: z.array(z.string()).default(['eng']) }).prefault({}),
});
type StoredSettings = z.infer<typeof StoredSettingsSchema>;
type StoredSecretValue = z.infer<typeof StoredSecret>;

/** Settings with keys in clear, for the main process only. */
export interface ResolvedSettings {
  answers: { provider: 'extractive' | 'openai' | 'local'; baseURL: string; model: string; apiKey?: string; localModel: string };
  embeddings: {
    provider: 'lexical' | 'model2vec' | 'openai' | 'onnx';
    baseURL: string;
    model: string;
    apiKey?: string;
    model2vecName: string;
    model2vecUrl: string;
    onnxModel: string;
  };
  rerank: { model: string; depth: number };
  models: { mirror: string };
  pinecone: { enabled: boolean; indexName: string; host: string; controllerHostUrl?: string; apiKey?: string };
  chunking: { size: number; overlap: number };
  ocr: { enabled: boolean; languages: string[] };
}

export class SettingsStore {
  private stored: StoredSettings = StoredSettingsSchema.parse({});
  readonly file: string;

  constructor(
    dataDir: string,
    private readonly secretBox: SecretBox,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.file = path.join(dataDir, 'settings.json');
  }

  /** Reads settings.json; a missing or unreadable file means defaults (an unreadable one is reported, not fatal). */
  async load(): Promise<{ warning?: UserMessage }> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch {
      return {};
    }
    try {
      // A file from an older release is upgraded in memory; it is written in the new shape on the next change.
      this.stored = StoredSettingsSchema.parse(migrateSettings(JSON.parse(raw)).settings);
      this.bindUnboundKeys();
      return {};
    } catch (error) {
      this.stored = StoredSettingsSchema.parse({});
      return {
        warning: userMessage('settings-unreadable', `settings.json could not be read (${causeOf(error)}); using defaults`, {}, causeOf(error)),
      };
    }
  }

  resolved(): ResolvedSettings {
    return this.resolve(this.stored);
  }

  /** The settings as they would be with `patch` applied, without saving anything (Test connection, validate-before-apply). */
  preview(patch: SettingsPatch): ResolvedSettings {
    return this.resolve(this.apply(patch));
  }

  /**
   * The endpoint each group's stored key is bound to, as the settings `s` resolve it (the environment's URLs win, as
   * everywhere). Pinecone's key goes to its control plane and to the index host, so both are named.
   */
  private keyEndpoints(s: StoredSettings): { answers: string; embeddings: string; pinecone: string } {
    const env = this.env;
    const answers = env.OPENAI_BASE_URL || s.answers.baseURL;
    const embeddings = env.OPENAI_EMBEDDINGS_BASE_URL || s.embeddings.baseURL || env.OPENAI_BASE_URL || '';
    const controller = env.PINECONE_CONTROLLER_HOST || 'https://api.pinecone.io';
    const host = env.PINECONE_HOST || s.pinecone.host;
    return { answers: originOf(answers), embeddings: originOf(embeddings), pinecone: `${originOf(controller)} ${originOf(host)}`.trim() };
  }

  /** Which groups hold a key that is not for their current endpoint (and so is not used): the window asks for it again. */
  private keysForOtherEndpoints(s: StoredSettings) {
    const endpoints = this.keyEndpoints(s);
    const elsewhere = (secret: StoredSecretValue, endpoint: string) => (secret && secret.boundTo !== undefined && secret.boundTo !== endpoint ? secret.boundTo : undefined);
    return {
      answers: elsewhere(s.answers.apiKey, endpoints.answers),
      embeddings: elsewhere(s.embeddings.apiKey, endpoints.embeddings),
      pinecone: elsewhere(s.pinecone.apiKey, endpoints.pinecone),
    };
  }

  private resolve(s: StoredSettings): ResolvedSettings {
    const env = this.env;
    const endpoints = this.keyEndpoints(s);
    // A key in the environment is the user's own choice for this process: it goes wherever the URLs say.
    const pineconeKey = env.PINECONE_API_KEY || this.reveal(s.pinecone.apiKey, endpoints.pinecone);
    const pineconeIndex = env.PINECONE_INDEX || s.pinecone.indexName;
    return {
      answers: {
        provider: env.DOCENT_ANSWERS === 'openai' || env.DOCENT_ANSWERS === 'extractive' || env.DOCENT_ANSWERS === 'local' ? env.DOCENT_ANSWERS : s.answers.provider,
        baseURL: env.OPENAI_BASE_URL || s.answers.baseURL,
        model: env.OPENAI_MODEL || s.answers.model,
        apiKey: env.OPENAI_API_KEY || this.reveal(s.answers.apiKey, endpoints.answers),
        localModel: s.answers.localModel,
      },
      embeddings: {
        provider:
          env.DOCENT_EMBEDDINGS === 'lexical' || env.DOCENT_EMBEDDINGS === 'model2vec' || env.DOCENT_EMBEDDINGS === 'openai' || env.DOCENT_EMBEDDINGS === 'onnx'
            ? env.DOCENT_EMBEDDINGS
            : s.embeddings.provider,
        baseURL: env.OPENAI_EMBEDDINGS_BASE_URL || s.embeddings.baseURL || env.OPENAI_BASE_URL || '',
        model: env.OPENAI_EMBEDDINGS_MODEL || s.embeddings.model,
        apiKey: env.OPENAI_API_KEY || this.reveal(s.embeddings.apiKey, endpoints.embeddings),
        model2vecName: s.embeddings.model2vecName,
        model2vecUrl: env.DOCENT_MODEL2VEC_URL || s.embeddings.model2vecUrl,
        onnxModel: s.embeddings.onnxModel,
      },
      rerank: { ...s.rerank },
      models: { mirror: env.DOCENT_MODELS_MIRROR || s.models.mirror },
      pinecone: {
        // An API key in the environment turns Pinecone on, as the README says.
        enabled: Boolean(env.PINECONE_API_KEY) || s.pinecone.enabled,
        indexName: pineconeIndex,
        host: env.PINECONE_HOST || s.pinecone.host,
        controllerHostUrl: env.PINECONE_CONTROLLER_HOST || undefined,
        apiKey: pineconeKey,
      },
      chunking: { ...s.chunking },
      ocr: { enabled: env.DOCENT_OCR === 'off' ? false : s.ocr.enabled, languages: [...s.ocr.languages] },
    };
  }

  view(model2vecPresent: boolean, ocrLanguagesAvailable: string[] = []): SettingsView {
    const r = this.resolved();
    const elsewhere = this.keysForOtherEndpoints(this.stored);
    // Only named when no key reaches the endpoint (a key in the environment does).
    const otherEndpoint = (key: string | undefined, boundTo: string | undefined) => (!key && boundTo !== undefined ? { keyForOtherEndpoint: boundTo } : {});
    return {
      answers: {
        provider: r.answers.provider,
        baseURL: r.answers.baseURL,
        model: r.answers.model,
        keySet: Boolean(r.answers.apiKey),
        ...otherEndpoint(r.answers.apiKey, elsewhere.answers),
        localModel: r.answers.localModel,
      },
      embeddings: {
        provider: r.embeddings.provider,
        baseURL: r.embeddings.baseURL,
        model: r.embeddings.model,
        keySet: Boolean(r.embeddings.apiKey),
        ...otherEndpoint(r.embeddings.apiKey, elsewhere.embeddings),
        model2vecName: r.embeddings.model2vecName,
        model2vecUrl: r.embeddings.model2vecUrl,
        model2vecPresent,
        onnxModel: r.embeddings.onnxModel,
      },
      rerank: { ...r.rerank },
      models: { ...r.models },
      pinecone: {
        enabled: r.pinecone.enabled,
        indexName: r.pinecone.indexName,
        host: r.pinecone.host,
        keySet: Boolean(r.pinecone.apiKey),
        // Bound to "control-plane [index host]": the window names the host the key was for (else the control plane).
        ...otherEndpoint(r.pinecone.apiKey, elsewhere.pinecone?.split(' ').at(-1)),
      },
      chunking: r.chunking,
      ocr: { ...r.ocr, available: ocrLanguagesAvailable },
      keysStoredInPlainText: !this.secretBox.available,
    };
  }

  /** Applies a patch from the window and saves it. A key set to '' is removed. */
  async set(patch: SettingsPatch): Promise<void> {
    this.stored = this.apply(patch);
    await writeFileAtomic(this.file, `${JSON.stringify(this.stored, null, 1)}\n`, 0o600);
    // writeFileAtomic creates the temp file 0600, but be explicit in case the file pre-existed with wider rights.
    await chmod(this.file, 0o600).catch(() => {});
  }

  /** The stored settings with `patch` applied; a key given in the patch is bound to the endpoint the patched settings use. */
  private apply(patch: SettingsPatch): StoredSettings {
    const next: StoredSettings = structuredClone(this.stored);
    const { apiKey: answersKey, ...answers } = patch.answers ?? {};
    Object.assign(next.answers, answers);
    const { apiKey: embeddingsKey, ...embeddings } = patch.embeddings ?? {};
    Object.assign(next.embeddings, embeddings);
    const { apiKey: pineconeKey, ...pinecone } = patch.pinecone ?? {};
    Object.assign(next.pinecone, pinecone);
    Object.assign(next.chunking, patch.chunking ?? {});
    Object.assign(next.ocr, patch.ocr ?? {});
    Object.assign(next.rerank, patch.rerank ?? {});
    Object.assign(next.models, patch.models ?? {});
    const endpoints = this.keyEndpoints(next);
    if (answersKey !== undefined) next.answers.apiKey = this.seal(answersKey, endpoints.answers);
    if (embeddingsKey !== undefined) next.embeddings.apiKey = this.seal(embeddingsKey, endpoints.embeddings);
    if (pineconeKey !== undefined) next.pinecone.apiKey = this.seal(pineconeKey, endpoints.pinecone);
    return StoredSettingsSchema.parse(next);
  }

  /**
   * Keys saved before keys were bound to their endpoint belong to the endpoint they were used with until now. Bound
   * in memory at load; written with the next change.
   */
  private bindUnboundKeys(): void {
    const endpoints = this.keyEndpoints(this.stored);
    for (const group of ['answers', 'embeddings', 'pinecone'] as const) {
      const key = this.stored[group].apiKey;
      if (key && key.boundTo === undefined) key.boundTo = endpoints[group];
    }
  }

  private seal(plain: string, boundTo: string): StoredSecretValue {
    if (!plain) return undefined;
    return this.secretBox.available ? { encrypted: true, value: this.secretBox.encrypt(plain), boundTo } : { encrypted: false, value: plain, boundTo };
  }

  /** The key in clear, if it is for `endpoint`; a key entered for another endpoint is never handed out. */
  private reveal(secret: StoredSecretValue, endpoint: string): string | undefined {
    if (!secret) return undefined;
    if (secret.boundTo !== undefined && secret.boundTo !== endpoint) return undefined;
    if (!secret.encrypted) return secret.value;
    try {
      return this.secretBox.decrypt(secret.value);
    } catch {
      // A key encrypted by another OS user or keyring cannot be read: treat it as not set rather than fail to start.
      return undefined;
    }
  }
}

/** The origin (scheme, host, port) of a URL: what a key is bound to. '' for no URL; the text itself for one that does not parse. */
export function originOf(url: string): string {
  if (!url) return '';
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}
