// `docent`: the same services as the app, headless. For people, scripts and the evaluation.
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { DocentError } from '../shared/api';
import { BASE_SID } from '../shared/ids';
import type { ChatMessage } from '../shared/model';
import { createDocent, type DocentApp } from './app/docent';
import { parseCliArgs } from './cli-args';
import { assertSessionId } from './app/sessions/sid';
import { summarize } from './app/sessions/session-store';
import { countSessionLeftovers } from './app/sessions/leftovers';
import { describeFileResult, describeJobProgress, describeJobSummary } from './app/ingest/job-summary-text';
import type { IngestJobSummary } from '../shared/model';
import { citationLabelEnglish } from '../shared/location';
import { modelsCommand } from './cli-models';
import { UNSURE_NOTE } from './app/chat/answer-types';

const HELP = `docent — chat with your own documents, one private session at a time

Usage: docent [--data-dir DIR] [--json] COMMAND

Sessions
  sessions new [TITLE]          create a session and make it current
  sessions list                 list sessions
  sessions open SID             make SID the session resumed on next launch
  sessions rename SID TITLE     rename a session
  sessions end SID              end a session: erase its documents, chat and vectors

Documents and questions
  ingest --session SID [--password NAME=PW]... [--files-from LIST] PATH...
                                add files to a session; a PATH may be a folder: every file Docent
                                reads below it is added (hidden, system and other files are skipped
                                and counted). LIST: a file naming one path per line ('-': stdin),
                                for more paths than a command line holds. NAME is a file's base name
  search --session SID [--k 10] "QUERY"
  search --session SID [--k 10] --queries FILE.jsonl
                                one JSON line {"id","hits"} per input line {"id","text"}
  ask --session SID "QUESTION"  stream an answer, then its sources
  ask --session SID --queries FILE.jsonl
                                answer each {"id","text"} line on its own (no history, nothing saved
                                in the chat): one JSON line {"id","answer","citations","status",
                                "notFound","unsure","answerer"} per line (unsure: the answer quotes
                                the closest passage, which may not answer the question)
  summarize --session SID NAME  summarise a whole document of the session (file name, part of it, or id), cited:
                                written by the chat model when one answers, else its key sentences
  count --session SID           what the stores and the data dir still hold for SID

Local models
  models list                   the catalog, what is installed, and which model answers, embeds, reranks
  models pull ID                download a catalog model (resumable; every file checked against its sha256)
  models import PATH            install a GGUF file or an ONNX / Model2Vec folder you already have
  models use ID                 answer, embed or rerank with an installed model
  models rm ID                  delete an installed model (its role falls back to the offline default)

Options
  --data-dir DIR   data folder (default: $DOCENT_DATA_DIR, else ./userData-sessions)
  --json           machine-readable output
  -h, --help       this help

Environment: DOCENT_MODELS_MIRROR replaces https://huggingface.co for downloads (a company mirror of the same layout).
`;

interface Flags {
  json: boolean;
  session?: string;
  k: number;
  queries?: string;
  filesFrom?: string;
  passwords: Map<string, string>;
}

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(argv, {
    'data-dir': { type: 'string' },
    json: { type: 'boolean', default: false },
    session: { type: 'string' },
    k: { type: 'string' },
    queries: { type: 'string' },
    'files-from': { type: 'string' },
    password: { type: 'string', multiple: true },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help || positionals.length === 0) {
    process.stdout.write(HELP);
    return values.help ? 0 : 1;
  }
  const flags: Flags = {
    json: values.json ?? false,
    session: values.session,
    k: values.k ? Number.parseInt(values.k, 10) : 10,
    queries: values.queries,
    filesFrom: values['files-from'],
    passwords: parsePasswords(values.password ?? []),
  };
  if (!Number.isInteger(flags.k) || flags.k < 1 || flags.k > 1000) throw new DocentError('invalid-input', '--k must be a whole number from 1 to 1000');
  const dataDir = values['data-dir'] ?? process.env.DOCENT_DATA_DIR ?? path.resolve('userData-sessions');
  const [command, ...rest] = positionals;
  // Only the commands that answer questions need the base library indexed.
  const needsBase = command === 'search' || command === 'ask';
  const app = await createDocent({ dataDir, syncBase: needsBase, command: `docent ${command}` });
  try {
    if (needsBase) await app.baseSynced();
    switch (command) {
      case 'sessions':
        return await sessionsCommand(app, rest, flags);
      case 'ingest':
        return await ingestCommand(app, rest, flags);
      case 'search':
        return await searchCommand(app, rest, flags);
      case 'ask':
        return await askCommand(app, rest, flags);
      case 'summarize':
        return await summarizeCommand(app, rest, flags);
      case 'count':
        return await countCommand(app, flags);
      case 'models':
        return await modelsCommand(app, rest, flags);
      default:
        throw new DocentError('invalid-input', `unknown command "${command}" (see docent --help)`);
    }
  } finally {
    await app.close();
  }
}

async function sessionsCommand(app: DocentApp, args: string[], flags: Flags): Promise<number> {
  const [sub, ...rest] = args;
  const h = app.handlers;
  switch (sub) {
    case 'new': {
      const view = await h['sessions.create']({ title: rest.join(' ') || undefined });
      // The sid alone, so that `SID=$(docent sessions new "Taxes")` is one a later command takes.
      print(flags, summaryOf(view), view.sid);
      return 0;
    }
    case 'list': {
      const list = await h['sessions.list'](undefined);
      const current = await app.sessions.readCurrent();
      print(
        flags,
        list,
        list.map((s) => `${s.sid === current ? '*' : ' '} ${s.sid}  ${s.updatedAt.slice(0, 16).replace('T', ' ')}  ${s.documentCount} docs  ${s.title || '(untitled)'}`).join('\n') ||
          'no sessions',
      );
      // Set aside as unreadable, but still holding vectors or copies until ended: said on stderr, so --json stays a list.
      for (const { sid, files } of await h['sessions.unreadable'](undefined)) {
        process.stderr.write(`! ${sid}  unreadable session file, set aside as ${files.at(-1)}; \`docent sessions end ${sid}\` erases what is left of it\n`);
      }
      return 0;
    }
    case 'open': {
      const sid = requireSid(rest[0]);
      const view = await h['sessions.open']({ sid });
      print(flags, summaryOf(view), `current session: ${view.sid}  ${view.title || '(untitled)'}`);
      return 0;
    }
    case 'rename': {
      const sid = requireSid(rest[0]);
      const title = rest.slice(1).join(' ');
      const summary = await h['sessions.rename']({ sid, title });
      print(flags, summary, `${summary.sid}  ${summary.title}`);
      return 0;
    }
    case 'end': {
      const sid = requireSid(rest[0]);
      const result = await h['sessions.end']({ sid });
      const left = await countSessionLeftovers(app, sid);
      print(flags, { ended: sid, current: result.current.sid, left }, `ended ${sid}; ${left.vectors} vectors and ${left.files} files left`);
      return 0;
    }
    default:
      throw new DocentError('invalid-input', 'sessions takes new, list, open, rename or end (see docent --help)');
  }
}

async function ingestCommand(app: DocentApp, paths: string[], flags: Flags): Promise<number> {
  const sid = requireSid(flags.session);
  const listed = flags.filesFrom ? await readPathList(flags.filesFrom) : [];
  const all = [...paths, ...listed];
  if (all.length === 0) throw new DocentError('invalid-input', 'name at least one file or folder to ingest');
  await app.sessions.get(sid);
  const { jobId, done } = app.ingest.start(
    sid,
    all.map((file) => ({ path: path.resolve(file), name: path.basename(path.resolve(file)), password: flags.passwords.get(path.basename(file)) })),
  );
  let summary: IngestJobSummary | undefined;
  app.onEvent('ingest', (e) => {
    if (e.type === 'job-progress' && e.jobId === jobId) summary = e.summary;
    if (flags.json) return;
    // One file: its stages; more, or a folder: the whole job on one line.
    if (e.type === 'job-progress' && e.jobId === jobId && (e.summary.total > 1 || e.summary.counting)) {
      process.stderr.write(`\r${describeJobProgress(e.summary)}        `);
    } else if (e.type === 'progress' && e.stage !== 'embed' && (!summary || summary.total <= 1)) {
      process.stderr.write(`\r${e.fileName}: ${e.stage} ${e.done}/${e.total}        `);
    }
  });
  const results = await done;
  if (flags.json) {
    print(flags, results, '');
    return 0;
  }
  process.stderr.write('\n');
  // A folder of thousands: the files that need a look, not every one that went well.
  const shown = results.length <= 100 ? results : results.filter((r) => r.status !== 'ready');
  const lines = shown.map(describeFileResult);
  if (summary) lines.push(describeJobSummary(summary));
  print(flags, results, lines.join('\n'));
  return 0;
}

/** Paths, one per line, from a file or from stdin ('-'); blank lines are ignored. */
async function readPathList(source: string): Promise<string[]> {
  const input = source === '-' ? process.stdin : createReadStream(source);
  const paths: string[] = [];
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) if (line.trim()) paths.push(line.trim());
  } catch (error) {
    throw new DocentError('invalid-input', `--files-from ${source}: ${(error as Error).message}`);
  }
  return paths;
}

async function searchCommand(app: DocentApp, args: string[], flags: Flags): Promise<number> {
  const sid = requireSid(flags.session);
  await app.sessions.get(sid);
  const toHits = async (text: string) =>
    (await app.chat.search(sid, text, flags.k)).map(({ sid, fileId, fileName, page, chunk, score, text }) => ({ sid, fileId, fileName, page, chunk, score, text }));
  if (flags.queries) {
    const lines = createInterface({ input: createReadStream(flags.queries), crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      const { id, text } = JSON.parse(line) as { id: string; text: string };
      process.stdout.write(`${JSON.stringify({ id, hits: await toHits(text) })}\n`);
    }
    return 0;
  }
  const query = args.join(' ');
  if (!query) throw new DocentError('invalid-input', 'give a query');
  const hits = await toHits(query);
  print(
    flags,
    { hits },
    hits.map((h, i) => `${i + 1}. ${h.fileName} p. ${h.page}  (${h.score.toFixed(3)})\n   ${h.text.slice(0, 200).replace(/\s+/g, ' ')}`).join('\n') || 'no hits',
  );
  return 0;
}

async function askCommand(app: DocentApp, args: string[], flags: Flags): Promise<number> {
  const sid = requireSid(flags.session);
  if (flags.queries) return askBatch(app, sid, flags.queries);
  const question = args.join(' ');
  if (!question) throw new DocentError('invalid-input', 'ask a question');
  return streamAnswer(app, flags, () => app.chat.ask(sid, question));
}

async function summarizeCommand(app: DocentApp, args: string[], flags: Flags): Promise<number> {
  const sid = requireSid(flags.session);
  const wanted = args.join(' ').trim();
  if (!wanted) throw new DocentError('invalid-input', 'name the document to summarize (its file name or file id)');
  const documents = (await app.sessions.get(sid)).documents;
  const doc = documents.find((d) => d.fileId === wanted) ?? documents.find((d) => d.name === wanted) ?? documents.find((d) => d.name.toLowerCase().includes(wanted.toLowerCase()));
  if (!doc) throw new DocentError('not-found', `no document "${wanted}" in this session`);
  return streamAnswer(app, flags, () => app.chat.summarize(sid, doc.fileId));
}

const STAGE_TEXT = { queued: 'waiting for another answer to finish', 'loading-model': 'loading the model', 'reading-sources': 'reading the sources', summarizing: 'reading the document' } as const;

/** Streams an answer (or summary) to stdout, its sources after it; with --json, prints the stored message as JSON. */
async function streamAnswer(app: DocentApp, flags: Flags, start: () => Promise<{ done: Promise<ChatMessage> }>): Promise<number> {
  let lastStage = '';
  if (!flags.json) {
    app.onEvent('chat', (e) => {
      if (e.type === 'token') process.stdout.write(e.text);
      else if (e.type === 'unsure') process.stdout.write(`(${UNSURE_NOTE})\n`);
      else if (e.type === 'progress' && e.stage !== lastStage) {
        // Loading a model and reading the sources take seconds: say so on stderr, once per stage.
        lastStage = e.stage;
        process.stderr.write(`(${STAGE_TEXT[e.stage]}…)\n`);
      }
    });
  }
  const { done } = await start();
  const message = await done;
  if (flags.json) {
    const { text: answer, citations, status, error, notFound, unsure, answerer } = message;
    print(flags, { answer, citations, status, notFound: notFound ?? false, unsure: unsure ?? false, answerer, ...(error ? { error } : {}) }, '');
  } else {
    process.stdout.write('\n\n');
    for (const c of message.citations) {
      process.stdout.write(`[${c.n}] ${citationLabelEnglish(c)}\n`);
    }
    if (message.error) process.stderr.write(`${message.error.message}\n`);
  }
  return message.status === 'error' ? 1 : 0;
}

/**
 * `ask --queries FILE.jsonl`: every `{"id","text"}` line answered on its own (no conversation between lines, nothing
 * saved in the session's chat), one JSON line out per line in. A line that cannot be read gets an error line naming
 * the file and line, and the batch goes on; the exit status is 1 when any line failed.
 */
async function askBatch(app: DocentApp, sid: string, file: string): Promise<number> {
  await app.sessions.get(sid);
  const input = createReadStream(file);
  const opened = new Promise<void>((resolve, reject) => {
    input.once('open', () => resolve());
    input.once('error', (error) => reject(new DocentError('invalid-input', `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error.message})`)));
  });
  await opened;
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    const query = parseQueryLine(line);
    if ('problem' in query) {
      failed++;
      const message = `${file} line ${lineNo}: ${query.problem}`;
      process.stderr.write(`docent: ${message}\n`);
      process.stdout.write(`${JSON.stringify({ id: query.id ?? null, status: 'error', error: { code: 'invalid-input', message } })}\n`);
      continue;
    }
    const a = await app.chat.answerOnce(sid, query.text);
    if (a.status === 'error') failed++;
    const out = { id: query.id, answer: a.text, citations: a.citations, status: a.status, notFound: a.notFound, unsure: a.unsure, answerer: a.answerer, ...(a.error ? { error: a.error } : {}) };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed ? 1 : 0;
}

function parseQueryLine(line: string): { id: string | number; text: string } | { id?: string | number; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { problem: 'not a JSON object (expected {"id": …, "text": "…"})' };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { problem: 'not a JSON object (expected {"id": …, "text": "…"})' };
  const { id, text } = value as { id?: unknown; text?: unknown };
  const validId = typeof id === 'string' || typeof id === 'number' ? id : undefined;
  if (validId === undefined) return { problem: '"id" must be a string or a number' };
  if (typeof text !== 'string' || !text.trim()) return { id: validId, problem: '"text" must be a non-empty string' };
  return { id: validId, text };
}

async function countCommand(app: DocentApp, flags: Flags): Promise<number> {
  const sid = flags.session === BASE_SID ? BASE_SID : requireSid(flags.session);
  const left = await countSessionLeftovers(app, sid);
  print(flags, left, `${left.vectors} vectors, ${left.files} files`);
  return 0;
}

function requireSid(value: string | undefined): string {
  if (value === undefined) throw new DocentError('invalid-input', 'give a session id (--session SID)');
  assertSessionId(value);
  return value;
}

function parsePasswords(pairs: string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new DocentError('invalid-input', `--password takes NAME=PASSWORD, got "${pair.slice(0, 40)}"`);
    map.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  return map;
}

function summaryOf(view: Parameters<typeof summarize>[0] | ReturnType<typeof summarize>) {
  const { sid, title, createdAt, updatedAt, state } = view as ReturnType<typeof summarize>;
  return { sid, title, createdAt, updatedAt, state };
}

function print(flags: Flags, value: unknown, text: string): void {
  process.stdout.write(flags.json ? `${JSON.stringify(value)}\n` : text ? `${text}\n` : '');
}

export async function run(argv = process.argv.slice(2)): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`docent: ${message}\n`);
    process.exitCode = error instanceof DocentError && error.code === 'invalid-input' ? 2 : 1;
  }
}
