// What the Electron preload puts on `window` (electron/preload.ts). All absent in the browser host.
import type { DocentApi, Envelope, Transport } from '../../../shared/api';
import type { GrantedPath } from '../../../shared/model';

declare global {
  interface Window {
    /** The DocentApi built inside the preload; its errors lose their `code` crossing the bridge, so prefer docentTransport. */
    docent?: DocentApi;
    /** The raw envelope transport; getDocentApi() builds the DocentApi over it in the page's own world. */
    docentTransport?: Transport;
    docentPlatform?: {
      /** Hands dropped or picked Files to main, which allows ingesting their paths (a folder: all below it). */
      grantFiles(files: File[]): Promise<Envelope<GrantedPath[]>>;
    };
  }
}

export {};
