// Electronegativity (Doyensec's Electron security scanner) over the code Docent ships: electron/, shared/, renderer/
// (sources and index.html), the built dist/renderer/index.html when present, and package.json with its lock (for the
// Electron version). Every finding above INFORMATIONAL must be explained in electronegativity-allowlist.json, and each
// explanation's evidence is checked here, so an entry cannot go on excusing a finding once its reason is false.
// A planted insecure window proves on every run that the scanner really reads Docent's TypeScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { CONTENT_SECURITY_POLICY, hardenWebContents, secureWebPreferences } from '../../electron/security';
import { repoRoot, tempDataDir } from '../helpers/paths';
import { FakeWebContents } from './fake-electron';

const run = promisify(execFile);
const here = path.join(repoRoot, 'tests', 'security');

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  sample: string | null;
  description: string;
}

interface ScanReport {
  scanner: string;
  checks: { atomic: number; global: number };
  findings: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}

interface Evidence {
  webPreferences?: Record<string, unknown>;
  windowOpenDenied?: boolean;
  csp?: 'header' | 'sample';
  acceptedCspFindings?: string[];
}

interface AllowEntry {
  check: string;
  file: string;
  sample?: string;
  reason: string;
  evidence: Evidence;
}

const CANARY = 'electron/zz-scanner-canary.ts';
// Written into the scanned copy only: a window with every protection off, which the scanner must report.
const CANARY_SOURCE = `import { BrowserWindow } from 'electron';
export const canary = (): BrowserWindow => new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } }) satisfies BrowserWindow;
`;

async function scan(): Promise<ScanReport> {
  const tmp = await tempDataDir('docent-electronegativity-');
  try {
    const scope = path.join(tmp.dir, 'scope');
    await mkdir(scope);
    for (const entry of ['electron', 'shared', 'renderer', 'package.json', 'package-lock.json']) {
      await cp(path.join(repoRoot, entry), path.join(scope, entry), { recursive: true });
    }
    const builtIndex = path.join(repoRoot, 'dist', 'renderer', 'index.html');
    if (existsSync(builtIndex)) await cp(builtIndex, path.join(scope, 'dist', 'renderer', 'index.html'));
    await writeFile(path.join(scope, CANARY), CANARY_SOURCE);
    const output = path.join(tmp.dir, 'findings.json');
    await run(process.execPath, [path.join(here, 'electronegativity-scan.cjs'), scope, output], { cwd: repoRoot, timeout: 120_000 });
    return JSON.parse(await readFile(output, 'utf8')) as ScanReport;
  } finally {
    await tmp.cleanup();
  }
}

const matches = (entry: AllowEntry, finding: Finding) =>
  entry.check === finding.id && entry.file === finding.file && (entry.sample === undefined || (finding.sample ?? '').includes(entry.sample));

/** What Google's CSP evaluator (the scanner's own) says of a policy, as `directive value` strings. */
function cspConcerns(policy: string): string[] {
  const scannerRequire = createRequire(createRequire(path.join(repoRoot, 'package.json')).resolve('@doyensec/electronegativity/package.json'));
  const csp = scannerRequire('@doyensec/csp-evaluator');
  const parsed = new csp.CspParser(policy);
  const findings = new csp.CspEvaluator(parsed.csp, csp.Version.CSP3).evaluate() as { directive: string; value: string; severity: number }[];
  // INFO and NONE are remarks, not risks; the scanner reports a policy for HIGH, MEDIUM and their _MAYBE kinds.
  const reported = new Set([csp.severities.HIGH, csp.severities.MEDIUM, csp.severities.HIGH_MAYBE, csp.severities.MEDIUM_MAYBE, csp.severities.STRICT_CSP]);
  return findings.filter((f) => reported.has(f.severity)).map((f) => `${f.directive} ${f.value}`);
}

/** Null when the entry's evidence holds for this finding, else why it does not. */
function evidenceFails(entry: AllowEntry, finding: Finding): string | null {
  const { evidence } = entry;
  const problems: string[] = [];
  if (evidence.webPreferences) {
    const prefs = secureWebPreferences('/preload.cjs') as Record<string, unknown>;
    for (const [key, want] of Object.entries(evidence.webPreferences)) {
      if (prefs[key] !== want) problems.push(`secureWebPreferences().${key} is ${String(prefs[key])}, the allowlist relies on ${String(want)}`);
    }
  }
  if (evidence.windowOpenDenied) {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asWebContents(), 'app://docent');
    const answer = contents.windowOpenHandler?.({ url: 'https://example.com/', disposition: 'background-tab', frameName: '', features: '' });
    if (answer?.action !== 'deny') problems.push(`hardenWebContents lets a middle-click open a window (${JSON.stringify(answer)})`);
  }
  if (evidence.csp) {
    const policy = evidence.csp === 'header' ? CONTENT_SECURITY_POLICY : (finding.sample ?? '');
    if (!policy.includes('default-src')) problems.push(`no CSP to evaluate (${evidence.csp})`);
    const unexplained = cspConcerns(policy).filter((c) => !(evidence.acceptedCspFindings ?? []).includes(c));
    if (unexplained.length) problems.push(`the CSP evaluator also reports: ${unexplained.join('; ')}`);
  }
  if (!evidence.webPreferences && !evidence.windowOpenDenied && !evidence.csp) problems.push('the entry has no evidence to check');
  return problems.length ? problems.join('; ') : null;
}

test('Electronegativity finds nothing above INFORMATIONAL in the Electron code that is not explained with checked evidence', { timeout: 120_000 }, async () => {
  const report = await scan();
  const allowlist = JSON.parse(await readFile(path.join(here, 'electronegativity-allowlist.json'), 'utf8')) as { entries: AllowEntry[] };

  // The scanner ran its checks and read every file: one it cannot parse is one it did not check.
  assert.ok(report.checks.atomic > 20, `only ${report.checks.atomic} checks loaded`);
  const unreadable = report.errors.filter((e) => !e.tolerable);
  assert.deepEqual(unreadable, [], 'files the scanner could not parse');

  // The planted window is reported, so a clean result means something.
  const canary = new Set(report.findings.filter((f) => f.file === CANARY).map((f) => f.id));
  for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK']) {
    assert.ok(canary.has(id), `the scanner missed ${id} in the planted insecure window (saw ${[...canary].join(', ') || 'nothing'})`);
  }

  const findings = report.findings.filter((f) => f.file !== CANARY && f.severity !== 'INFORMATIONAL');
  const unexplained: string[] = [];
  for (const finding of findings) {
    const entry = allowlist.entries.find((e) => matches(e, finding));
    const where = `${finding.id} (${finding.severity}, ${finding.confidence}) ${finding.file}:${finding.line}:${finding.column} — ${finding.description}`;
    if (!entry) {
      unexplained.push(`${where}\n    sample: ${(finding.sample ?? '').slice(0, 200)}`);
      continue;
    }
    const failed = evidenceFails(entry, finding);
    if (failed) unexplained.push(`${where}\n    allowlisted, but its evidence no longer holds: ${failed}`);
  }
  assert.deepEqual(unexplained, [], `fix these, or explain them in tests/security/electronegativity-allowlist.json:\n${unexplained.join('\n')}`);

  // (An entry for a file that is not there, such as an unbuilt dist/renderer/index.html, is not stale.)
  const stale = allowlist.entries.filter((e) => existsSync(path.join(repoRoot, e.file)) && !findings.some((f) => matches(e, f)));
  assert.deepEqual(stale.map((e) => `${e.check} ${e.file}`), [], 'allowlist entries that match no finding any more: remove them');
});
