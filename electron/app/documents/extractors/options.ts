/** What every extractor is given besides the bytes. */
export interface ExtractorOptions {
  /** The file's display name; every error message starts with it. */
  name: string;
  password?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}
