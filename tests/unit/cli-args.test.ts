// Session ids are base64url, so one in 64 begins with "-". New ones never do; existing ones are taken by the CLI in
// every position the README documents, where node's parseArgs alone takes them for options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCliArgs } from '../../electron/cli-args';
import { newSid } from '../../electron/app/sessions/sid';

const options = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean' },
  session: { type: 'string' },
  k: { type: 'string' },
  password: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const SID = '-5TCakhq3Zr9W_x0vYb1Qa';

test('new session ids never begin with "-"', () => {
  // With plain base64url, 20,000 ids all avoiding a leading "-" would happen with probability (63/64)^20000 ≈ 1e-137.
  for (let i = 0; i < 20_000; i++) assert.ok(!newSid().startsWith('-'));
});

test('an existing sid beginning with "-" is taken in every documented position', () => {
  const cases: [string[], { session?: string; positionals: string[] }][] = [
    [['ingest', '--session', SID, 'a.pdf', '--password', 'a.pdf=-pw'], { session: SID, positionals: ['ingest', 'a.pdf'] }],
    [['ingest', `--session=${SID}`, 'a.pdf'], { session: SID, positionals: ['ingest', 'a.pdf'] }],
    [['ask', '--session', SID, 'What was the total?'], { session: SID, positionals: ['ask', 'What was the total?'] }],
    [['search', '--session', SID, '--k', '10', '--json', 'net income'], { session: SID, positionals: ['search', 'net income'] }],
    [['count', '--session', SID, '--json'], { session: SID, positionals: ['count'] }],
    [['sessions', 'end', SID], { positionals: ['sessions', 'end', SID] }],
    [['sessions', 'open', SID], { positionals: ['sessions', 'open', SID] }],
    [['--json', 'sessions', 'rename', SID, 'Taxes', '2026'], { positionals: ['sessions', 'rename', SID, 'Taxes', '2026'] }],
  ];
  for (const [argv, expected] of cases) {
    const { values, positionals } = parseCliArgs(argv, options);
    assert.equal(values.session, expected.session, argv.join(' '));
    assert.deepEqual(positionals, expected.positionals, argv.join(' '));
  }
  assert.deepEqual(parseCliArgs(['ingest', '--session', SID, '--password', 'a.pdf=-pw', 'a.pdf'], options).values.password, ['a.pdf=-pw']);
});

test('real options and unknown options still behave as before', () => {
  assert.equal(parseCliArgs(['-h'], options).values.help, true);
  assert.throws(() => parseCliArgs(['--nope'], options), /Unknown option '--nope'/);
  // Not 22 base64url characters: an option, as ever.
  assert.throws(() => parseCliArgs(['sessions', 'end', '-5TC'], options), /Unknown option '-5'/);
});
