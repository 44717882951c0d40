// The one contract between the window and the main process. A change to the API is a change to this file.
// - `invokeSchemas`: every request/response channel with the zod schema of its payload (validated in main).
// - `eventChannels`: one-way messages from main to the window.
// - `DocentApi`: what `window.docent` implements (Electron preload) and what the browser host's client implements.
// Pure TypeScript: no Node, no DOM.
import { z } from 'zod';
import { ErrorInfoSchema, FileIdSchema, SessionIdSchema, type ErrorInfo } from './model';
import { MODEL_ID_PATTERN } from './ids';
import type {
  ChatEvent,
  ChatMessage,
  ConnectionTestResult,
  DocumentRecord,
  EndPreview,
  EndResult,
  IngestEvent,
  NoticeEvent,
  ModelEvent,
  ModelView,
  ModelsView,
  SessionSummary,
  SessionView,
  SettingsView,
  SourcePage,
  StatusEvent,
  UnreadableSession,
} from './model';

const NoPayload = z.undefined();
const Sid = z.object({ sid: SessionIdSchema }).strict();
const Title = z.string().trim().min(1, 'a title cannot be empty').max(200, 'a title is at most 200 characters');
const Secret = z.string().max(4096);
const Url = z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2048)]);
const ModelId = z.string().regex(MODEL_ID_PATTERN, 'a model id uses a-z, 0-9, ".", "_" and "-" (at most 100)');
/** An installed model's id, or '' for none. */
const ModelChoice = z.union([z.literal(''), ModelId]);
const ModelRef = z.object({ id: ModelId }).strict();
const Model2VecName = z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'a model name uses letters, digits, . _ - only');

export const IngestFileSchema = z
  .object({
    /** A path the main process gave out (Electron: webUtils.getPathForFile; browser host: its upload folder). */
    path: z.string().min(1).max(4096).optional(),
    /** Instead of a path: retry a document already in the session from its stored copy (an encrypted PDF given its password). */
    fileId: FileIdSchema.optional(),
    /** The name to show; defaults to the path's base name. */
    name: z.string().min(1).max(1024).optional(),
    /** Used once to open an encrypted PDF; never written anywhere. */
    password: z.string().max(1024).optional(),
  })
  .strict()
  .refine((f) => (f.path === undefined) !== (f.fileId === undefined), 'give either a path or the fileId of a document already in the session');

export const SettingsPatchSchema = z
  .object({
    answers: z
      .object({ provider: z.enum(['extractive', 'openai', 'local']), baseURL: Url, model: z.string().max(200), apiKey: Secret, localModel: ModelChoice })
      .partial()
      .strict()
      .optional(),
    embeddings: z
      .object({
        provider: z.enum(['lexical', 'model2vec', 'openai', 'onnx']),
        baseURL: Url,
        model: z.string().max(200),
        apiKey: Secret,
        model2vecName: Model2VecName,
        model2vecUrl: Url,
        onnxModel: ModelChoice,
      })
      .partial()
      .strict()
      .optional(),
    pinecone: z
      .object({ enabled: z.boolean(), indexName: z.string().regex(/^[a-z0-9-]{0,45}$/, 'a Pinecone index name uses a-z, 0-9 and -'), host: Url, apiKey: Secret })
      .partial()
      .strict()
      .optional(),
    chunking: z
      .object({ size: z.number().int().min(200).max(8000), overlap: z.number().min(0).max(0.5) })
      .partial()
      .strict()
      .optional(),
    ocr: z
      .object({
        enabled: z.boolean(),
        languages: z.array(z.string().regex(/^[a-z]{3}(_[a-z]{3,4})?$/, 'a Tesseract language code such as eng or chi_sim')).min(1).max(8),
      })
      .partial()
      .strict()
      .optional(),
    rerank: z
      .object({ model: ModelChoice, depth: z.number().int().min(1).max(200) })
      .partial()
      .strict()
      .optional(),
    models: z.object({ mirror: Url }).partial().strict().optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/**
 * Channels between the Electron preload and main that page code can never call: they are not in invokeSchemas, so
 * the preload's transport refuses them. `grantPaths` carries the real paths of files and folders the user dropped or
 * picked (the preload turns each File into its path with webUtils.getPathForFile); main ingests only such paths and
 * those its own dialogs return, so a compromised page cannot name an arbitrary file to read.
 */
export const platformChannels = { grantPaths: 'platform.grantPaths' } as const;
export const GrantPathsSchema = z.array(z.string().min(1).max(4096)).min(1).max(10_000);

/** Every request/response channel and the schema of its payload. Channel name = key. */
export const invokeSchemas = {
  'sessions.list': NoPayload,
  'sessions.current': NoPayload,
  'sessions.create': z.object({ title: Title.optional() }).strict().optional(),
  'sessions.open': Sid,
  'sessions.rename': z.object({ sid: SessionIdSchema, title: Title }).strict(),
  'sessions.endPreview': Sid,
  'sessions.end': Sid,
  /** Sessions whose file could not be read and was moved aside: ending one (sessions.end) erases what is left of it. */
  'sessions.unreadable': NoPayload,
  'documents.list': Sid,
  'documents.ingest': z.object({ sid: SessionIdSchema, files: z.array(IngestFileSchema).min(1).max(1000) }).strict(),
  'documents.cancel': z.object({ jobId: z.string().uuid(), fileId: FileIdSchema.optional() }).strict(),
  'documents.remove': z.object({ sid: SessionIdSchema, fileId: FileIdSchema }).strict(),
  /** Several documents at once ("remove all failed"): one removal for all of them, however many. */
  'documents.removeMany': z.object({ sid: SessionIdSchema, fileIds: z.array(FileIdSchema).min(1).max(100_000) }).strict(),
  /** The desktop app's own folder dialog (a folder chosen there may be ingested whole); null when the user cancels. */
  'documents.chooseFolder': NoPayload,
  'documents.page': z
    .object({ sid: z.union([SessionIdSchema, z.literal('base')]), fileId: FileIdSchema, page: z.number().int().min(1).max(1_000_000) })
    .strict(),
  'documents.bytes': z.object({ sid: z.union([SessionIdSchema, z.literal('base')]), fileId: FileIdSchema }).strict(),
  'chat.ask': z.object({ sid: SessionIdSchema, question: z.string().trim().min(1, 'ask a question').max(8000) }).strict(),
  'chat.cancel': z.object({ requestId: z.string().uuid() }).strict(),
  /** Summarises a whole document of the session into the chat (streamed like an answer; chat.cancel stops it). */
  'chat.summarize': z.object({ sid: SessionIdSchema, fileId: FileIdSchema }).strict(),
  'chat.history': Sid,
  'chat.exportMarkdown': Sid,
  'settings.get': NoPayload,
  'settings.set': SettingsPatchSchema,
  /** Tests what the form holds (`settings`: the unsaved changes, as for settings.set) without saving anything. */
  'settings.test': z.object({ target: z.enum(['answers', 'embeddings', 'pinecone']), settings: SettingsPatchSchema.optional() }).strict(),
  /** Downloads the Model2Vec model the form names (defaults: the saved settings); nothing is saved. */
  'settings.downloadModel': z.object({ model2vecName: Model2VecName, model2vecUrl: Url }).partial().strict().optional(),
  'base.list': NoPayload,
  'status.notices': NoPayload,
  'models.list': NoPayload,
  'models.pull': ModelRef,
  'models.cancel': ModelRef,
  /** The path comes from the main process's own open dialog (never from the window): only what to pick is sent. */
  'models.import': z.object({ kind: z.enum(['file', 'folder']) }).strict(),
  'models.use': ModelRef,
  'models.remove': ModelRef,
} as const;

export type InvokeChannel = keyof typeof invokeSchemas;
export type InvokeRequest<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]>;

/** What each channel answers with. */
export interface InvokeResponses {
  'sessions.list': SessionSummary[];
  'sessions.current': SessionView;
  'sessions.create': SessionView;
  'sessions.open': SessionView;
  'sessions.rename': SessionSummary;
  'sessions.endPreview': EndPreview;
  'sessions.end': EndResult;
  'sessions.unreadable': UnreadableSession[];
  'documents.list': DocumentRecord[];
  'documents.ingest': { jobId: string };
  'documents.cancel': { cancelled: boolean };
  'documents.remove': SessionView;
  'documents.removeMany': SessionView;
  'documents.chooseFolder': { path: string; name: string } | null;
  'documents.page': SourcePage;
  'documents.bytes': { fileName: string; kind: string; bytes: Uint8Array };
  'chat.ask': { requestId: string };
  'chat.cancel': { cancelled: boolean };
  'chat.summarize': { requestId: string };
  'chat.history': ChatMessage[];
  'chat.exportMarkdown': { fileName: string; markdown: string };
  'settings.get': SettingsView;
  'settings.set': SettingsView;
  'settings.test': ConnectionTestResult;
  'settings.downloadModel': { started: boolean };
  'base.list': DocumentRecord[];
  /** The latest warnings and errors, those raised before the window was listening (at start) included. */
  'status.notices': NoticeEvent[];
  'models.list': ModelsView;
  'models.pull': { started: boolean };
  'models.cancel': { cancelled: boolean };
  /** The imported model, or null when the user closed the dialog without choosing. */
  'models.import': ModelView | null;
  'models.use': ModelsView;
  'models.remove': ModelsView;
}

/** One-way messages from the main process to the window. */
export const eventChannels = {
  ingest: 'event.ingest',
  chat: 'event.chat',
  status: 'event.status',
  models: 'event.models',
} as const;
export interface EventPayloads {
  ingest: IngestEvent;
  chat: ChatEvent;
  status: StatusEvent;
  models: ModelEvent;
}
export type EventName = keyof typeof eventChannels;

/** Stable error codes; the message says what to do next. */
export const errorCodes = [
  'invalid-input',
  'forbidden',
  'not-found',
  'conflict',
  'busy',
  'store-unavailable',
  'endpoint-unavailable',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * What a failed call carries back: its `code` (what kind of failure, for the caller's logic) and the English `message`;
 * and, for a failure a person meets, `userMessage`: the message's own code, params and technical detail (the shape of
 * every other message main sends, shared/model.ts ErrorInfo), so that the window says it in the user's language.
 */
export interface EnvelopeError {
  code: ErrorCode;
  message: string;
  userMessage?: ErrorInfo;
}
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: EnvelopeError };

/**
 * The bounds of a user message crossing IPC: ErrorInfo's, and at most 16 params of short names and at most 2,000
 * characters each (a file name is at most 1,024), so an error can never grow an envelope without limit.
 */
export const CarriedMessageSchema = ErrorInfoSchema.extend({
  params: z
    .record(z.string().max(64), z.union([z.string().max(2000), z.number()]))
    .refine((params) => Object.keys(params).length <= 16, 'at most 16 params')
    .optional(),
});

/** The user message as it may cross IPC, or undefined when it is missing or out of bounds (the English text stays). */
export function carriedMessage(value: unknown): ErrorInfo | undefined {
  if (value === undefined) return undefined;
  const parsed = CarriedMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The error the API client throws when the main process answers `{ok:false}`, and the error main's services throw for
 * a failure the caller should see. Given a user message (electron/app/user-message.ts userMessage), its English text
 * is the error's message and the window says it in the user's language; given a string, that string is all there is.
 */
export class DocentError extends Error {
  readonly userMessage?: ErrorInfo;
  constructor(
    readonly code: ErrorCode,
    message: string | ErrorInfo,
  ) {
    super(typeof message === 'string' ? message : message.message);
    this.name = 'DocentError';
    if (typeof message !== 'string') this.userMessage = message;
  }
}

/** Rebuilds the error an envelope carries, keeping its user message when it is well-formed and within bounds. */
export function errorFromEnvelope(error: EnvelopeError): DocentError {
  const said = carriedMessage(error.userMessage);
  return new DocentError(error.code, said ?? error.message);
}

type Unsubscribe = () => void;

export interface DocentApi {
  sessions: {
    list(): Promise<SessionSummary[]>;
    current(): Promise<SessionView>;
    create(payload?: InvokeRequest<'sessions.create'>): Promise<SessionView>;
    open(payload: InvokeRequest<'sessions.open'>): Promise<SessionView>;
    rename(payload: InvokeRequest<'sessions.rename'>): Promise<SessionSummary>;
    endPreview(payload: InvokeRequest<'sessions.endPreview'>): Promise<EndPreview>;
    end(payload: InvokeRequest<'sessions.end'>): Promise<EndResult>;
    unreadable(): Promise<UnreadableSession[]>;
  };
  documents: {
    list(payload: InvokeRequest<'documents.list'>): Promise<DocumentRecord[]>;
    ingest(payload: InvokeRequest<'documents.ingest'>): Promise<{ jobId: string }>;
    cancel(payload: InvokeRequest<'documents.cancel'>): Promise<{ cancelled: boolean }>;
    remove(payload: InvokeRequest<'documents.remove'>): Promise<SessionView>;
    removeMany(payload: InvokeRequest<'documents.removeMany'>): Promise<SessionView>;
    chooseFolder(): Promise<{ path: string; name: string } | null>;
    page(payload: InvokeRequest<'documents.page'>): Promise<SourcePage>;
    bytes(payload: InvokeRequest<'documents.bytes'>): Promise<InvokeResponses['documents.bytes']>;
  };
  chat: {
    ask(payload: InvokeRequest<'chat.ask'>): Promise<{ requestId: string }>;
    cancel(payload: InvokeRequest<'chat.cancel'>): Promise<{ cancelled: boolean }>;
    summarize(payload: InvokeRequest<'chat.summarize'>): Promise<{ requestId: string }>;
    history(payload: InvokeRequest<'chat.history'>): Promise<ChatMessage[]>;
    exportMarkdown(payload: InvokeRequest<'chat.exportMarkdown'>): Promise<{ fileName: string; markdown: string }>;
  };
  settings: {
    get(): Promise<SettingsView>;
    set(payload: InvokeRequest<'settings.set'>): Promise<SettingsView>;
    test(payload: InvokeRequest<'settings.test'>): Promise<ConnectionTestResult>;
    downloadModel(payload?: InvokeRequest<'settings.downloadModel'>): Promise<{ started: boolean }>;
  };
  base: {
    list(): Promise<DocumentRecord[]>;
  };
  status: {
    notices(): Promise<NoticeEvent[]>;
  };
  models: {
    list(): Promise<ModelsView>;
    pull(payload: InvokeRequest<'models.pull'>): Promise<{ started: boolean }>;
    cancel(payload: InvokeRequest<'models.cancel'>): Promise<{ cancelled: boolean }>;
    import(payload: InvokeRequest<'models.import'>): Promise<ModelView | null>;
    use(payload: InvokeRequest<'models.use'>): Promise<ModelsView>;
    remove(payload: InvokeRequest<'models.remove'>): Promise<ModelsView>;
  };
  events: {
    onIngest(listener: (event: IngestEvent) => void): Unsubscribe;
    onChat(listener: (event: ChatEvent) => void): Unsubscribe;
    onStatus(listener: (event: StatusEvent) => void): Unsubscribe;
    onModels(listener: (event: ModelEvent) => void): Unsubscribe;
  };
}

/** The transport a client needs: send one request, and subscribe to one event channel. */
export interface Transport {
  invoke(channel: InvokeChannel, payload: unknown): Promise<Envelope<unknown>>;
  subscribe(event: EventName, listener: (payload: unknown) => void): Unsubscribe;
}

/**
 * Builds the DocentApi over a transport: the Electron preload and the browser host's client both use it, so the
 * nested API is derived from the channel list in one place and cannot drift between the two.
 */
export function createDocentApi(transport: Transport): DocentApi {
  const call =
    <C extends InvokeChannel>(channel: C) =>
    async (payload?: unknown): Promise<InvokeResponses[C]> => {
      const envelope = await transport.invoke(channel, payload);
      if (!envelope.ok) throw errorFromEnvelope(envelope.error);
      return envelope.value as InvokeResponses[C];
    };
  const on =
    <E extends EventName>(event: E) =>
    (listener: (payload: EventPayloads[E]) => void): Unsubscribe =>
      transport.subscribe(event, (payload) => listener(payload as EventPayloads[E]));
  return {
    sessions: {
      list: call('sessions.list'),
      current: call('sessions.current'),
      create: call('sessions.create'),
      open: call('sessions.open'),
      rename: call('sessions.rename'),
      endPreview: call('sessions.endPreview'),
      end: call('sessions.end'),
      unreadable: call('sessions.unreadable'),
    },
    documents: {
      list: call('documents.list'),
      ingest: call('documents.ingest'),
      cancel: call('documents.cancel'),
      remove: call('documents.remove'),
      removeMany: call('documents.removeMany'),
      chooseFolder: call('documents.chooseFolder'),
      page: call('documents.page'),
      bytes: call('documents.bytes'),
    },
    chat: {
      ask: call('chat.ask'),
      cancel: call('chat.cancel'),
      summarize: call('chat.summarize'),
      history: call('chat.history'),
      exportMarkdown: call('chat.exportMarkdown'),
    },
    settings: {
      get: call('settings.get'),
      set: call('settings.set'),
      test: call('settings.test'),
      downloadModel: call('settings.downloadModel'),
    },
    base: { list: call('base.list') },
    status: { notices: call('status.notices') },
    models: {
      list: call('models.list'),
      pull: call('models.pull'),
      cancel: call('models.cancel'),
      import: call('models.import'),
      use: call('models.use'),
      remove: call('models.remove'),
    },
    events: { onIngest: on('ingest'), onChat: on('chat'), onStatus: on('status'), onModels: on('models') },
  } satisfies DocentApi;
}

/** The handlers the main process implements: one per channel, receiving the parsed payload. */
export type DocentHandlers = {
  [C in InvokeChannel]: (payload: z.output<(typeof invokeSchemas)[C]>) => Promise<InvokeResponses[C]>;
};
