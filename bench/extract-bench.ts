// Extraction speed and memory on the 352-page freeculture.pdf: Docent's pdf.js extractor, bundled by
// esbuild as the app ships it and run in a fresh plain-node process (so the peak RSS is its own and
// not tsx's, which alone adds ~180 MiB when it loads pdf.js), then chunking; poppler's pdftotext on the
// same file is the practical limit.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../tests/helpers/paths';
import { MIB } from './measure';

const PDFTOTEXT = '/usr/bin/pdftotext';

/** The child: extract, then chunk, and report as one JSON line. Bundled into a .cjs like the worker. */
const CHILD_SOURCE = `
import { extractDocument } from './electron/app/documents/extract';
import { chunkDocument } from './electron/app/documents/chunker';
(async () => {
  const file = process.argv[2];
  const t0 = performance.now();
  const doc = await extractDocument(file);
  const t1 = performance.now();
  const chunks = chunkDocument(doc);
  const t2 = performance.now();
  console.log(JSON.stringify({
    seconds: (t1 - t0) / 1000,
    pages: doc.pageCount,
    chars: doc.pages.reduce((n, p) => n + p.text.length, 0),
    chunkSeconds: (t2 - t1) / 1000,
    chunks: chunks.length,
    // maxRSS is in kilobytes over the whole life of the process: the peak.
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  }));
})();
`;

interface ChildFigures {
  seconds: number;
  pages: number;
  chars: number;
  chunkSeconds: number;
  chunks: number;
  peakRssMiB: number;
}

async function bundleChild(): Promise<string> {
  // Inside the repo so that the bundle's require('pdfjs-dist') finds node_modules.
  const dir = path.join(repoRoot, 'node_modules', '.cache', 'docent-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = path.join(dir, 'extract-child.cjs');
  await build({
    stdin: { contents: CHILD_SOURCE, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Native modules and packages that load files from their own folder stay on disk, as in scripts/build-electron.mjs.
    external: ['pdfjs-dist', 'tesseract.js', '@tesseract.js-data/*', '@napi-rs/*'],
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

function runPdfToText(file: string): { seconds: number; peakRssMiB: number } | null {
  if (!existsSync(PDFTOTEXT)) return null;
  const useTime = existsSync('/usr/bin/time');
  const t0 = performance.now();
  const r = useTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', PDFTOTEXT, '-q', file, '/dev/null'], { encoding: 'utf8' })
    : spawnSync(PDFTOTEXT, ['-q', file, '/dev/null'], { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) return null;
  const kb = useTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, peakRssMiB: kb / 1024 };
}

export async function benchExtract(corporaDir: string): Promise<Record<string, number>> {
  const file = path.join(corporaDir, 'pdf', 'text_normal', 'freeculture.pdf');
  const mib = statSync(file).size / MIB;
  const child = spawnSync(process.execPath, [await bundleChild(), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`extraction child failed: ${child.stderr}`);
  const f = JSON.parse(child.stdout.trim().split('\n').pop()!) as ChildFigures;
  const poppler = runPdfToText(file);

  const figures: Record<string, number> = {
    'freeculture pages': f.pages,
    'pdf.js extract s': f.seconds,
    'pdf.js pages/s': f.pages / f.seconds,
    'pdf.js MiB/s': mib / f.seconds,
    'pdf.js peak RSS MiB (own process)': f.peakRssMiB,
    'text chars': f.chars,
    'chunk s': f.chunkSeconds,
    chunks: f.chunks,
  };
  if (poppler) {
    figures['pdftotext s'] = poppler.seconds;
    figures['pdftotext pages/s'] = f.pages / poppler.seconds;
    if (Number.isFinite(poppler.peakRssMiB)) figures['pdftotext peak RSS MiB (own process)'] = poppler.peakRssMiB;
    figures['pdf.js / pdftotext time'] = f.seconds / poppler.seconds;
  }

  const row = (name: string, s: number, rss: number) =>
    `  ${name.padEnd(10)} ${s.toFixed(2).padStart(7)} s ${(f.pages / s).toFixed(0).padStart(6)} pages/s ${(mib / s).toFixed(2).padStart(6)} MiB/s ${Number.isFinite(rss) ? rss.toFixed(0).padStart(6) + ' MiB peak' : ''}`;
  console.log(`\nfreeculture.pdf: ${f.pages} pages, ${mib.toFixed(1)} MiB`);
  console.log(row('pdf.js', f.seconds, f.peakRssMiB));
  if (poppler) console.log(row('pdftotext', poppler.seconds, poppler.peakRssMiB));
  else console.log(`  pdftotext  not found at ${PDFTOTEXT}`);
  return figures;
}
