// What the Electron preload puts on `window` (electron/preload.ts). All absent in the browser host.
import type { DocentApi, Transport } from '../../../shared/api';

declare global {
  interface Window {
    /** The DocentApi built inside the preload; its errors lose their `code` crossing the bridge, so prefer docentTransport. */
    docent?: DocentApi;
    /** The raw envelope transport; getDocentApi() builds the DocentApi over it in the page's own world. */
    docentTransport?: Transport;
    docentPlatform?: {
      /** The real path of a dropped File (Electron's webUtils.getPathForFile); '' when it has none. */
      pathForFile(file: File): string;
    };
  }
}

export {};
