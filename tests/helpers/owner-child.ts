// A process that owns a data folder and is stopped in the middle of an ingest, so a test can try a second process on
// the same folder at that moment (the CLI, another ingest) or kill the owner there.
//
//   node --import tsx tests/helpers/owner-child.ts <dataDir> <file>
//
// Prints `@@ ready <pid>`, `@@ session <sid>`, then `@@ paused` once the file's first vectors are stored (its copy is
// in the session's folder, its record says `processing`), and waits there for a line `go` on stdin. Then it finishes
// the ingest, prints `@@ done <status>`, closes Docent (releasing the folder) and prints `@@ closed`.
import { writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createDocent } from '../../electron/app/docent';

const mark = (text: string) => writeSync(1, `@@ ${text}\n`);

async function main(): Promise<void> {
  const [dataDir, file] = process.argv.slice(2);
  if (!dataDir || !file) throw new Error('usage: owner-child.ts <dataDir> <file>');
  const lines = createInterface({ input: process.stdin });
  const go = new Promise<void>((resolve) => lines.on('line', (line) => line.trim() === 'go' && resolve()));

  const app = await createDocent({ dataDir, syncBase: false, env: { LANCEDB_LOG: 'error' }, command: 'test owner' });
  mark(`ready ${process.pid}`);
  const store = app.store();
  const upsert = store.upsert.bind(store);
  let paused = false;
  store.upsert = async (...args: Parameters<typeof upsert>) => {
    const result = await upsert(...args);
    if (!paused) {
      paused = true;
      mark('paused');
      await go;
    }
    return result;
  };
  const session = await app.lifecycle.openNew('Owned');
  mark(`session ${session.sid}`);
  const [result] = await app.ingest.start(session.sid, [{ path: file }]).done;
  mark(`done ${result.status}`);
  await app.close();
  lines.close();
  mark('closed');
}

main().then(
  () => process.exit(0),
  (error) => {
    writeSync(2, `owner-child failed: ${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
