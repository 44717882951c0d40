// The inference process: started by the main process (llm-runtime.ts) with an IPC channel, it runs llama.cpp away from
// the window and IPC, so generating never stalls them and a native crash in a model takes down this process alone.
// Requests run one at a time, in order (a second answer waits its turn and is told so); a cancel reaches the running
// request between two tokens. After a while without requests it unloads the model and exits, freeing the memory.
import { pathToFileURL } from 'node:url';
import type { InferenceBackend } from './backend';
import { LlmError } from './llm-error';
import type { ProcessOptions, RuntimeReply, RuntimeRequest } from './protocol';

const DEFAULT_IDLE_UNLOAD_MS = 5 * 60_000;

type Job = Exclude<RuntimeRequest, { type: 'cancel' } | { type: 'unload' }>;

function send(reply: RuntimeReply): void {
  process.send?.(reply);
}

function errorInfo(error: unknown) {
  if (error instanceof LlmError) return error.toInfo();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'model-generation-failed', message: `The local model failed: ${message}`, params: { reason: message } };
}

async function loadBackend(options: ProcessOptions): Promise<InferenceBackend> {
  const module = options.backendModule
    ? await import(pathToFileURL(options.backendModule).href)
    : await import('./llama-backend');
  return module.createBackend(options);
}

function main(): void {
  const options = JSON.parse(process.argv[2] ?? '{}') as ProcessOptions;
  // Requests are accepted at once and wait for the backend's module to load (llama.cpp's bindings take a moment).
  const backendReady = loadBackend(options);
  backendReady.catch(() => undefined);
  const idleMs = options.idleUnloadMs ?? DEFAULT_IDLE_UNLOAD_MS;
  const queue: Job[] = [];
  const controllers = new Map<string, AbortController>();
  let running = false;
  let idleTimer: NodeJS.Timeout | undefined;

  const exit = async () => {
    await backendReady.then((backend) => backend.unload()).catch(() => undefined);
    send({ type: 'unloaded' });
    process.disconnect?.();
    process.exit(0);
  };
  const armIdle = () => {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => void exit(), idleMs);
  };

  async function run(job: Job): Promise<void> {
    const controller = controllers.get(job.id)!;
    const signal = controller.signal;
    const sink = {
      stage: (stage: 'queued' | 'loading-model' | 'reading', done?: number, total?: number) => {
        if (!signal.aborted) send({ type: 'stage', id: job.id, stage, done, total });
      },
      verdict: (found: boolean) => {
        if (!signal.aborted) send({ type: 'verdict', id: job.id, found });
      },
      token: (text: string) => {
        if (!signal.aborted) send({ type: 'token', id: job.id, text });
      },
    };
    try {
      const backend = await backendReady;
      if (job.type === 'prepare') send({ type: 'prepared', id: job.id, info: await backend.prepare(job.model, sink) });
      else if (job.type === 'check') send({ type: 'checked', id: job.id, check: await backend.check(job.model) });
      else if (job.type === 'count') send({ type: 'counted', id: job.id, counts: await backend.count(job.model, job.texts) });
      else send({ type: 'done', id: job.id, stats: await backend.generate(job.model, job.messages, job.options, sink, signal) });
    } catch (error) {
      send({ type: 'failed', id: job.id, error: errorInfo(error) });
    }
  }

  async function drain(): Promise<void> {
    if (running) return;
    running = true;
    clearTimeout(idleTimer);
    try {
      for (let job = queue.shift(); job; job = queue.shift()) {
        if (!controllers.get(job.id)?.signal.aborted) await run(job);
        controllers.delete(job.id);
      }
    } finally {
      running = false;
      armIdle();
    }
  }

  process.on('message', (message: RuntimeRequest) => {
    if (message.type === 'cancel') {
      controllers.get(message.id)?.abort();
      return;
    }
    if (message.type === 'unload') {
      if (!running && queue.length === 0) void exit();
      return;
    }
    controllers.set(message.id, new AbortController());
    // A request that has to wait for another is told so, so the window can say it is next in line.
    if (running || queue.length > 0) send({ type: 'stage', id: message.id, stage: 'queued' });
    queue.push(message);
    void drain();
  });
  // The main process went away: nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
  armIdle();
}

main();
