import type { BuildOptions } from 'esbuild';

export interface BundleEntry {
  in: string;
  out: string;
  external?: string[];
  banner?: Record<string, string>;
  define?: Record<string, string>;
}
export const KEEP_ON_DISK: string[];
export const OPTIONAL_AT_RUN_TIME: string[];
export const ENTRIES: BundleEntry[];
export const IMPORT_META_URL: { banner: Record<string, string>; define: Record<string, string> };
export function bundleOptions(root: string, entry: BundleEntry, outfile: string): BuildOptions;
