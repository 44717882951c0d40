// The sender check in front of every IPC handler: only the top frame of Docent's own window, showing Docent's own
// page, may call the API. URLs are judged by parsing, so look-alike origins fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSameOrigin, isTrustedSender } from '../../electron/app/ipc/sender';

const policy = { allowedWebContentsIds: new Set([7]), appOrigin: 'app://docent' };
const trusted = { frameUrl: 'app://docent/index.html', isMainFrame: true, webContentsId: 7 };

test("the app's own main frame is trusted", () => {
  assert.equal(isTrustedSender(trusted, policy), true);
  assert.equal(isTrustedSender({ ...trusted, frameUrl: 'app://docent/' }, policy), true);
  assert.equal(isTrustedSender({ ...trusted, frameUrl: 'app://docent/sub/page.html?x=1#y' }, { ...policy, allowedWebContentsIds: [7] }), true);
});

test('another window, an iframe, or no URL is refused', () => {
  assert.equal(isTrustedSender({ ...trusted, webContentsId: 8 }, policy), false);
  assert.equal(isTrustedSender({ ...trusted, isMainFrame: false }, policy), false);
  assert.equal(isTrustedSender({ ...trusted, frameUrl: '' }, policy), false);
  assert.equal(isTrustedSender({ ...trusted, frameUrl: null }, policy), false);
  assert.equal(isTrustedSender({ ...trusted, frameUrl: undefined }, policy), false);
  assert.equal(isTrustedSender(trusted, { ...policy, allowedWebContentsIds: new Set() }), false);
});

test('look-alike origins are refused', () => {
  for (const frameUrl of [
    'app://docent.evil.com/index.html',
    'app://docent@evil/index.html',
    'app://evil/app://docent/',
    'app://user:pw@docent/index.html',
    'app://docent:8080/index.html',
    'https://docent/index.html',
    'file:///work/main/dist/renderer/index.html',
    'http://127.0.0.1:5173/?app://docent/',
    'data:text/html,app://docent/',
    'javascript:alert(1)//app://docent/',
    'about:blank',
    'not a url',
  ]) {
    assert.equal(isTrustedSender({ ...trusted, frameUrl }, policy), false, frameUrl);
  }
});

test('a policy whose origin cannot be parsed or has no host trusts nothing', () => {
  assert.equal(isSameOrigin('app://docent/', ''), false);
  assert.equal(isSameOrigin('app://docent/', 'null'), false);
  assert.equal(isSameOrigin('file:///a', 'file:///a'), false);
});

test('any URL other than the app origin is refused (property)', () => {
  fc.assert(
    fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.boolean(), (frameUrl, isMainFrame) => {
      assert.equal(isTrustedSender({ frameUrl, isMainFrame, webContentsId: 7 }, policy), false);
    }),
  );
});
