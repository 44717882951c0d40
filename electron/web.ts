// `npm run web`: Docent in a browser. Starts the core on a data dir and the loopback host, prints the one-time URL,
// and closes both cleanly on Ctrl-C.
//   --data-dir <dir> | DOCENT_DATA_DIR   default ./userData-sessions
//   --port <n>                           default: a random free port
import { chmod, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDocent } from './app/docent';
import { plainTextSecretBox } from './app/settings/secret-box';
import { startWebHost } from './app/web/host';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, port: { type: 'string' } }, strict: true });
  const dataDir = path.resolve(values['data-dir'] ?? process.env.DOCENT_DATA_DIR ?? 'userData-sessions');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${values.port}: not a port number (0-65535)`);

  for (const dir of [dataDir, path.join(dataDir, 'sessions')]) {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await chmod(dir, 0o700).catch(() => {});
  }
  console.warn('docent: no OS key store outside the app: API keys set here are saved unencrypted in settings.json (owner-only file).');
  const core = await createDocent({ dataDir, secretBox: plainTextSecretBox, command: 'docent web' });
  const host = await startWebHost({ core, rendererDir: path.resolve('dist', 'renderer'), port });
  console.log(`Docent is running on ${dataDir}`);
  console.log(`Open this address once (it holds this launch's secret): ${host.url}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`docent: ${signal}, closing…`);
    host
      .close()
      .then(() => core.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('docent: shutdown did not finish cleanly:', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`docent: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
