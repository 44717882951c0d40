// The data Docent shows and stores: sessions, documents, chat messages and citations.
// zod schemas are the single source of truth; the TypeScript types are inferred from them.
// Pure TypeScript: no Node, no DOM (imported by main, preload and renderer alike).
import { z } from 'zod';
import { SID_PATTERN, FILE_ID_PATTERN, BASE_SID } from './ids';
import { upgradeLegacyCitation } from './legacy-location';

export const SessionIdSchema = z.string().regex(SID_PATTERN, 'not a session id (22 base64url characters)');
export const VectorSidSchema = z.union([z.literal(BASE_SID), SessionIdSchema]);
export const FileIdSchema = z.string().regex(FILE_ID_PATTERN, 'not a file id (16 hex characters)');

/**
 * Every message the main process sends the window (notices, ingest errors, connection tests, answer errors) carries a
 * stable `code` and its `params`, so the window says it in the user's language; `message` is the English text (the
 * CLI's, and the window's fallback for a code it does not know), `detail` the technical cause shown behind "Details".
 */
export const MessageParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type MessageParams = z.infer<typeof MessageParamsSchema>;

export const ErrorInfoSchema = z.object({
  code: z.string().max(64),
  message: z.string().max(4000),
  params: MessageParamsSchema.optional(),
  detail: z.string().max(4000).optional(),
});
export type ErrorInfo = z.infer<typeof ErrorInfoSchema>;

export const DocumentStatusSchema = z.enum(['processing', 'ready', 'failed', 'needs-password', 'cancelled']);
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>;

export const DocumentRecordSchema = z.object({
  fileId: FileIdSchema,
  name: z.string().min(1).max(1024),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  mime: z.string().max(200),
  kind: z.string().max(32),
  title: z.string().max(1000).optional(),
  pages: z.number().int().nonnegative(),
  chunks: z.number().int().nonnegative(),
  status: DocumentStatusSchema,
  error: ErrorInfoSchema.optional(),
  addedAt: z.string(),
  /** Name of the session's copy inside `<sid>.files/` (`<fileId><ext>`). */
  copy: z.string().max(300).optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

/**
 * The documents a session holds, as the user sees them: ready, being added, failed or waiting for a password — all
 * but a cancelled add. The sidebar's count, the documents list and the end dialog all count these, so they agree.
 */
export function sessionDocuments<D extends Pick<DocumentRecord, 'status'>>(documents: D[]): D[] {
  return documents.filter((d) => d.status !== 'cancelled');
}

/**
 * Where a quote is, in the units people use for that kind of document: a PDF's page (with its printed page label when
 * the PDF has labels), a slide, a sheet and its rows, an EPUB's chapter, a text's section and lines. Stored as data;
 * the window words it in the user's language and the CLI and the exported chat in English (shared/location.ts), by the
 * same rules. Citations stored before locations were data are migrated on read (see CitationSchema).
 */
export const LocationKindSchema = z.enum(['page', 'slide', 'sheet', 'chapter', 'section']);
export type LocationKind = z.infer<typeof LocationKindSchema>;

const LineRangeSchema = z.object({ first: z.number().int().positive(), last: z.number().int().positive() });

export const CitationLocationSchema = z.object({
  kind: LocationKindSchema,
  /** The unit's own number, 1-based: the PDF's physical page, the slide, the sheet, the chapter, or the section's page. */
  first: z.number().int().positive(),
  /** The same for where the quote ends (== first when it stays in one unit). */
  last: z.number().int().positive(),
  /** What the document calls `first`: the printed page label, the sheet's name, the chapter's title, the section's heading. */
  label: z.string().max(300).optional(),
  /** What the document calls `last`, when the quote runs into another unit. */
  lastLabel: z.string().max(300).optional(),
  /** Sheet rows the quote covers (the sheet's own row numbers, inclusive). */
  rows: LineRangeSchema.optional(),
  /** Lines the quote covers, counted in the whole document (1-based, inclusive). */
  lines: LineRangeSchema.optional(),
});
export type CitationLocation = z.infer<typeof CitationLocationSchema>;

const CitationFields = z.object({
  n: z.number().int().positive(),
  sid: VectorSidSchema,
  fileId: FileIdSchema,
  fileName: z.string(),
  page: z.number().int().nonnegative(),
  pageEnd: z.number().int().nonnegative(),
  /** Character span: start in `page`'s text, exclusive end in `pageEnd`'s text. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  /** Where the quote is (see CitationLocationSchema). */
  location: CitationLocationSchema.optional(),
});

/** A citation; one stored by an older version with its location in English words ("slide 4") is read back as data. */
export const CitationSchema = z.preprocess(upgradeLegacyCitation, CitationFields);
export type Citation = z.infer<typeof CitationFields>;

export const ChatMessageSchema = z.object({
  id: z.string().max(64),
  role: z.enum(['user', 'assistant']),
  text: z.string(),
  citations: z.array(CitationSchema).default([]),
  createdAt: z.string(),
  /** `partial` when the endpoint failed mid-answer; `cancelled` when the user stopped it. */
  status: z.enum(['complete', 'partial', 'cancelled', 'error']).default('complete'),
  error: ErrorInfoSchema.optional(),
  /**
   * Assistant messages: true when the answer says the documents do not hold what was asked (a field, not a phrase to
   * match). Its text is then the core's fixed English sentence, which the window says in its own language.
   */
  notFound: z.boolean().optional(),
  /**
   * Assistant messages: true when the answer quotes the closest the documents come, which may not answer what was
   * asked; the window says so above it.
   */
  unsure: z.boolean().optional(),
  /** Assistant messages: which answerer wrote it (`extractive`, a local model's id, an endpoint's model), for the window and `ask --json`. */
  answerer: z.string().max(300).optional(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;

export const SessionStateSchema = z.enum(['active', 'ending']);

/** The on-disk `<sid>.session` file. Bump `version` on an incompatible change and migrate on read. */
export const SessionFileSchema = z.object({
  version: z.literal(1),
  sid: SessionIdSchema,
  title: z.string().max(200),
  createdAt: z.string(),
  updatedAt: z.string(),
  state: SessionStateSchema,
  embedder: z.object({ id: z.string(), dimension: z.number().int().positive().optional() }).nullable(),
  documents: z.array(DocumentRecordSchema),
  chat: z.array(ChatMessageSchema),
});
export type SessionFile = z.infer<typeof SessionFileSchema>;

export interface SessionSummary {
  sid: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  state: 'active' | 'ending';
  documentCount: number;
}

/** What the window needs to show one session. */
export interface SessionView extends SessionSummary {
  documents: DocumentRecord[];
  chat: ChatMessage[];
}

/** What ending a session will erase, for the one confirmation the user sees. */
export interface EndPreview {
  sid: string;
  title: string;
  documents: number;
  chunks: number;
  messages: number;
  /** Pinecone keeps deleted records for a while; the UI must say so. */
  storeKeepsDeletedRecordsForAWhile: boolean;
  storeKind: 'lancedb' | 'pinecone';
}

/** A file or folder the user handed over (dropped or picked), now allowed for ingestion: a folder with everything below it. */
export interface GrantedPath {
  path: string;
  name: string;
  kind: 'file' | 'folder';
}

/** A session whose file could not be read and was moved aside (`files`: `<sid>.session.corrupt-<time>`). */
export interface UnreadableSession {
  sid: string;
  files: string[];
}

/** What ending a session erased, counted by the main process as it erased it. */
export interface ErasedSession {
  title: string;
  documents: number;
  /** Indexed passages (vectors) deleted from the store. */
  passages: number;
  /** Chat messages erased. */
  messages: number;
}

export interface EndResult {
  endedSid: string;
  /** The session now open (a fresh one when the ended session was current). */
  current: SessionView;
  erased: ErasedSession;
  /** The information notice that confirms it (code `session-ended`, the figures of `erased` as params). */
  notice: ErrorInfo;
}

/** The text of one document page, for the citation panel. */
export interface SourcePage {
  sid: string;
  fileId: string;
  fileName: string;
  kind: string;
  page: number;
  pageCount: number;
  text: string;
  /** What the document calls this page where it names it: a PDF's printed page label, a sheet's name, a chapter's title. */
  label?: string;
  /** Text-like documents: the section heading this page falls under and the document line its text starts on. */
  section?: { heading?: string; firstLine: number };
  /**
   * Present when the page's text was read by OCR (a scan, an image): each word's [start, end) offsets in `text`
   * and its box [x0, y0, x1, y1] in the pixels of the `width` × `height` image OCR read (the whole page).
   * Absent for pages with a text layer, and for documents indexed before OCR layers were kept.
   */
  ocr?: SourceOcrLayer;
}

export interface SourceOcrLayer {
  width: number;
  height: number;
  words: { start: number; end: number; bbox: [number, number, number, number] }[];
}

export type IngestStage = 'queued' | 'copy' | 'extract' | 'chunk' | 'embed' | 'store';

export type IngestEvent =
  | { type: 'progress'; jobId: string; sid: string; fileId: string; fileName: string; stage: IngestStage; done: number; total: number }
  | {
      type: 'file-done';
      jobId: string;
      sid: string;
      fileId: string;
      fileName: string;
      status: 'ready' | 'failed' | 'duplicate' | 'needs-password' | 'cancelled';
      pages: number;
      chunks: number;
      error?: ErrorInfo;
      /** The document's record as the session now holds it (absent when the session keeps none: cancelled, duplicate). */
      document?: DocumentRecord;
    }
  /** The whole job at a glance, a few times a second while it runs and once more just before `job-done`. */
  | { type: 'job-progress'; jobId: string; sid: string; summary: IngestJobSummary }
  | { type: 'job-done'; jobId: string; sid: string; summary?: IngestJobSummary };

/** Entries of a dropped folder that were not read, by reason. */
export interface SkipCounts {
  /** Names starting with a dot. */
  hidden: number;
  /** .DS_Store, Thumbs.db, desktop.ini, ~$ lock files, .git, .svn, node_modules and the like (a skipped folder counts once). */
  system: number;
  /** Files of kinds Docent does not read. */
  unsupported: number;
  /** Images, skipped because OCR is off. */
  ocrOff: number;
  /** Entries the walk could not open (permissions, a broken link). */
  unreadable: number;
}

export interface IngestJobSummary {
  /** Files to add, once known: a folder is counted before its files are read (`counting` until then). */
  total: number;
  counting: boolean;
  /** Files finished, whatever their outcome; the others are still waiting or being read. */
  done: number;
  ready: number;
  failed: number;
  duplicate: number;
  needsPassword: number;
  cancelled: number;
  skipped: SkipCounts;
  /** Since the job started, by the main process's clock (the window estimates the time left from it). */
  elapsedMs: number;
}

/**
 * What a model is doing before its first token: waiting for another answer, loading, reading the sources (done/total
 * prompt tokens); or, for a summary, how many of the document's passages it has taken notes on (done/total).
 */
export type AnswerStage = 'queued' | 'loading-model' | 'reading-sources' | 'summarizing';

export type ChatEvent =
  | { type: 'started'; requestId: string; sid: string; question: ChatMessage }
  | { type: 'token'; requestId: string; sid: string; text: string }
  | { type: 'progress'; requestId: string; sid: string; stage: AnswerStage; done?: number; total?: number }
  | { type: 'citations'; requestId: string; sid: string; citations: Citation[] }
  /** The answer being streamed says the documents do not hold what was asked (before its words, so none flash by). */
  | { type: 'not-found'; requestId: string; sid: string }
  /** …or that it quotes the closest passage, which may not answer it (before its words too). */
  | { type: 'unsure'; requestId: string; sid: string }
  | { type: 'done'; requestId: string; sid: string; message: ChatMessage }
  | { type: 'error'; requestId: string; sid: string; error: ErrorInfo; message?: ChatMessage };

/** Background work the user should see: the base library's first ingest, an embedder switch re-embedding documents. */
export type StatusEvent =
  | { type: 'base-sync'; done: number; total: number; fileName?: string }
  | { type: 'reembed'; sid: string; done: number; total: number }
  | { type: 'sessions-changed' }
  | NoticeEvent;

/**
 * A notice for the person at the window (see ErrorInfo for code, params, message and detail). `id` tells one notice
 * from another, so the window shows once a problem it hears about live and again in `status.notices`.
 */
export interface NoticeEvent {
  type: 'notice';
  id?: string;
  level: 'info' | 'warning' | 'error';
  message: string;
  code?: string;
  params?: MessageParams;
  detail?: string;
}

export type EmbedderChoice = 'lexical' | 'model2vec' | 'openai' | 'onnx';
export type AnswererChoice = 'extractive' | 'openai' | 'local';
export type StoreChoice = 'lancedb' | 'pinecone';

/**
 * Settings as the renderer may see them: keys only as set / not set. `keyForOtherEndpoint`: a saved key exists but was
 * entered for another endpoint (this origin), so it is not used here and the window asks for the key again.
 */
export interface SettingsView {
  /** `localModel`: the installed chat model answering when provider is 'local' ('' = none). */
  answers: { provider: AnswererChoice; baseURL: string; model: string; keySet: boolean; keyForOtherEndpoint?: string; localModel: string };
  /** `onnxModel`: the installed ONNX embedder used when provider is 'onnx' ('' = none). */
  embeddings: {
    provider: EmbedderChoice;
    baseURL: string;
    model: string;
    keySet: boolean;
    keyForOtherEndpoint?: string;
    model2vecName: string;
    model2vecUrl: string;
    model2vecPresent: boolean;
    onnxModel: string;
  };
  /** The cross-encoder reranking retrieved passages ('' = off) and how many candidates it reorders. */
  rerank: { model: string; depth: number };
  /** `mirror`: a base URL replacing https://huggingface.co for model downloads ('' = none). */
  models: { mirror: string };
  pinecone: { enabled: boolean; indexName: string; host: string; keySet: boolean; keyForOtherEndpoint?: string };
  chunking: { size: number; overlap: number };
  /** OCR of scanned pages and images: on/off, the languages used, and those installed with the app. */
  ocr: { enabled: boolean; languages: string[]; available: string[] };
  /** True when keys are stored unencrypted (no OS keyring): the UI tells the user. */
  keysStoredInPlainText: boolean;
}

export interface ConnectionTestResult {
  ok: boolean;
  /** English text; `code` and `params` let the window say it in the user's language (see ErrorInfo). */
  message: string;
  code?: string;
  params?: MessageParams;
  detail?: string;
}

/** Local models (the model manager): what the catalog offers, what is installed, and which model does what. */
export type ModelRoleName = 'chat' | 'embed' | 'rerank';

export interface ModelDownloadView {
  bytesDone: number;
  bytesTotal: number;
  bytesPerSecond: number;
  secondsLeft?: number;
}

export interface ModelView {
  id: string;
  role: ModelRoleName;
  format: 'gguf' | 'onnx' | 'model2vec';
  name: string;
  licence?: string;
  licenceUrl?: string;
  /** Download size (catalog, where every file's size is known) or size on disk (installed). */
  sizeBytes?: number;
  memoryBytes?: number;
  contextLength?: number;
  dimension?: number;
  /** The chat model offered first when none is installed. */
  suggested: boolean;
  /** `catalog`: offered for download; `import`: the user's own file or folder. */
  source: 'catalog' | 'import';
  /**
   * `available`: can be downloaded; `downloading`: in progress; `interrupted`: part downloaded, the next pull resumes;
   * `installed`: complete and verified.
   */
  state: 'available' | 'downloading' | 'interrupted' | 'installed';
  download?: ModelDownloadView;
  /** True when the settings use it for its role (answers, embeddings or reranking). */
  inUse: boolean;
}

export interface ModelsView {
  models: ModelView[];
  /** The model in use for each role ('' = none: extractive answers, the built-in embedder, no reranking). */
  inUse: { chat: string; embed: string; rerank: string };
  /** Where answers come from now (an endpoint user is not offered a local model near the chat). */
  answers: AnswererChoice;
  /** The download base URL replacing https://huggingface.co ('' = none). */
  mirror: string;
}

export type ModelEvent =
  | ({ type: 'progress'; id: string; file: string } & ModelDownloadView)
  | { type: 'installed'; id: string }
  | { type: 'failed'; id: string; error: ErrorInfo }
  | { type: 'cancelled'; id: string }
  /** Something else changed (a model imported, used or deleted): list again. */
  | { type: 'changed' };
