// Decides whether an IPC message comes from Docent's own page. Electron hands us the sender's frame; the check is
// a pure function so it can be tested without Electron. URLs are compared after parsing, never by substring:
// `app://docent.evil/…` or `app://docent@evil/…` must not pass for `app://docent`.

export interface SenderInfo {
  /** The URL of the frame that sent the message (event.senderFrame.url). */
  frameUrl: string | null | undefined;
  /** Whether that frame is its window's top frame (an iframe must never reach the API). */
  isMainFrame: boolean;
  /** event.sender.id: which webContents sent it. */
  webContentsId: number;
}

export interface TrustPolicy {
  /** The webContents of Docent's own windows. */
  allowedWebContentsIds: ReadonlySet<number> | readonly number[];
  /** The app's origin, e.g. `app://docent`. */
  appOrigin: string;
}

function parse(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Same scheme, same host and port, no credentials. Compared field by field because for a custom scheme
 * `URL.origin` is the string 'null' for every URL, which would make every app:// URL look alike.
 */
export function isSameOrigin(url: string | null | undefined, origin: string): boolean {
  const a = parse(url);
  const b = parse(origin);
  if (!a || !b || !b.host) return false;
  return a.protocol === b.protocol && a.host === b.host && a.username === '' && a.password === '';
}

export function isTrustedSender(sender: SenderInfo, policy: TrustPolicy): boolean {
  const ids = policy.allowedWebContentsIds;
  const known = ids instanceof Set ? ids.has(sender.webContentsId) : (ids as readonly number[]).includes(sender.webContentsId);
  return known && sender.isMainFrame === true && isSameOrigin(sender.frameUrl, policy.appOrigin);
}
