#!/usr/bin/env node
// The `docent` command: runs the TypeScript CLI through tsx, so it works in a fresh clone after `npm ci` with no build.
import { register } from 'tsx/esm/api';

process.env.LANCEDB_LOG ??= 'error';
register();
// Before the CLI's modules load and start threads: later, glibc may already have fixed its arena limit.
const { capMallocArenas } = await import('../electron/app/malloc-arenas.ts');
capMallocArenas();
const { run } = await import('../electron/cli.ts');
await run();
