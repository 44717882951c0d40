// The user's OCR switch and languages, plus the knobs that trade speed for accuracy.

export interface OcrOptions {
  /** Off: scanned pages and images give the "no extractable text" error instead of being read. */
  enabled: boolean;
  /** Tesseract language codes, each shipped as the npm package @tesseract.js-data/<code> (e.g. 'eng', 'fra'). */
  languages: string[];
  /** Resolution scanned PDF pages are rendered at for OCR (default 200). */
  dpi?: number;
  /** Time budget of one page's recognition (default 60 s); a page over it is skipped, see ocrSkipped. */
  pageTimeoutMs?: number;
  /**
   * Called as OCR starts on a page. The extraction pool uses it to add one page budget to the file's
   * time budget: OCR takes seconds per page, so a long scan would otherwise outlast any fixed budget.
   */
  onPage?: (page: number) => void;
}

export type OcrSettings = Required<Omit<OcrOptions, 'onPage'>> & Pick<OcrOptions, 'onPage'>;

export const DEFAULT_OCR_DPI = 200;
export const DEFAULT_OCR_PAGE_TIMEOUT_MS = 60_000;
export const DEFAULT_OCR: OcrSettings = {
  enabled: true,
  languages: ['eng'],
  dpi: DEFAULT_OCR_DPI,
  pageTimeoutMs: DEFAULT_OCR_PAGE_TIMEOUT_MS,
};

/** Fills in defaults; an empty language list means English rather than "recognise nothing". */
export function resolveOcrSettings(options?: Partial<OcrOptions>): OcrSettings {
  const languages = (options?.languages ?? DEFAULT_OCR.languages).map((l) => l.trim()).filter(Boolean);
  const dpi = options?.dpi ?? DEFAULT_OCR_DPI;
  const pageTimeoutMs = options?.pageTimeoutMs ?? DEFAULT_OCR_PAGE_TIMEOUT_MS;
  return {
    enabled: options?.enabled ?? DEFAULT_OCR.enabled,
    languages: languages.length ? [...new Set(languages)] : DEFAULT_OCR.languages,
    // Below ~100 dpi body text is a few pixels tall and Tesseract reads little; above 400 it only gets slower.
    dpi: Math.min(400, Math.max(72, dpi)),
    pageTimeoutMs: Math.max(1, pageTimeoutMs),
    onPage: options?.onPage,
  };
}
