// Finds installed packages' folders at run time, both from the .ts sources (ESM under tsx) and from
// the esbuild CommonJS bundle, where import.meta.url is gone but __filename exists.
import { createRequire } from 'node:module';
import path from 'node:path';

function here(): string {
  return typeof __filename === 'string' ? __filename : import.meta.url;
}

/** The folder holding `<pkg>/package.json`. */
export function packageDir(pkg: string): string {
  return path.dirname(createRequire(here()).resolve(`${pkg}/package.json`));
}
