// Stand-ins for the two Electron objects electron/security.ts hardens, recording what it registers, so its rules can
// be exercised without an Electron binary (none can be installed here; the real-shell test in tests/e2e/electron
// is skipped then). Only the members security.ts touches exist.
import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';

type WindowOpenHandler = (details: { url: string; disposition: string; frameName: string; features: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | null = null;

  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a navigation-style event the way Electron does and says whether a listener prevented it. */
  attempt(eventName: string, extra: Record<string, unknown> = {}): boolean {
    let prevented = false;
    const event = { ...extra, preventDefault: () => (prevented = true) };
    this.emit(eventName, event, ...Object.values(extra));
    return prevented;
  }

  asWebContents(): WebContents {
    return this as unknown as WebContents;
  }
}

type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string[]> }) => void,
) => void;

export class FakeSession {
  headersListener: HeadersListener | null = null;
  permissionRequest: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  deviceCheck: ((...args: unknown[]) => boolean) | null = null;

  readonly webRequest = {
    onHeadersReceived: (listener: HeadersListener) => {
      this.headersListener = listener;
    },
  };

  setPermissionRequestHandler(handler: FakeSession['permissionRequest']): void {
    this.permissionRequest = handler;
  }

  setPermissionCheckHandler(handler: FakeSession['permissionCheck']): void {
    this.permissionCheck = handler;
  }

  setDevicePermissionHandler(handler: FakeSession['deviceCheck']): void {
    this.deviceCheck = handler;
  }

  asSession(): Session {
    return this as unknown as Session;
  }
}
