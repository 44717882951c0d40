// In the window (built renderer in Chromium, real services): a file name disguised with a bidi override is displayed in
// its real order, its real extension rightmost; and a session whose file could not be read is offered, from its notice,
// to be ended — which erases its vectors, copies and set-aside file.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { countSessionLeftovers } from '../../electron/app/sessions/leftovers';
import { chromiumSkip } from './helpers/browser';
import { startUi, type UiHarness } from './helpers/ui-harness';

const skip = chromiumSkip;
const when = skip ? { skip } : {};

describe('names and notices in the window', { timeout: 240_000 }, () => {
  let ui: UiHarness;
  before(async () => {
    if (skip) return;
    ui = await startUi();
  });
  after(async () => {
    await ui?.close();
  });

  test('a file name with a right-to-left override shows its real extension at its end', when, async () => {
    const { page, core } = ui;
    const session = await core.handlers['sessions.current'](undefined);
    const file = path.join(ui.dataDir, 'plain.txt');
    await writeFile(file, 'A plain text file pretending to be something else.\n');
    // Displayed without care, "report\u202Efdp.txt" reads "reporttxt.pdf".
    const [result] = await core.ingest.start(session.sid, [{ path: file, name: 'report\u202Efdp.txt' }]).done;
    assert.equal(result.status, 'ready');
    const name = page.locator('[data-testid="document-item"] .file-name bdi').first();
    await name.waitFor();
    // The glyphs as laid out on screen, left to right: the last four must be ".txt".
    const visual = await name.evaluate((element) => {
      // Every text node of the name (it may be split in parts, e.g. a head and a tail for a middle ellipsis).
      const glyphs: { char: string; x: number }[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          glyphs.push({ char: node.data[i], x: range.getBoundingClientRect().left });
        }
      }
      return glyphs
        .filter((g) => g.char.trim() !== '')
        .sort((a, b) => a.x - b.x)
        .map((g) => g.char)
        .join('');
    });
    assert.ok(visual.endsWith('.txt'), `shown as ${JSON.stringify(visual)}`);
    assert.ok(!visual.includes('.pdf'), `shown as ${JSON.stringify(visual)}`);
    await ui.screenshot('bidi-file-name');
  });

  test('a session whose file was unreadable is ended from its notice, erasing what was left', when, async () => {
    const { core } = ui;
    // A second session with a document, not the one open; its file is then garbled on disk.
    const other = await core.handlers['sessions.create']({ title: 'Will be unreadable' });
    const current = await core.handlers['sessions.current'](undefined);
    const file = path.join(ui.dataDir, 'gulls.txt');
    await writeFile(file, 'The gulls on the pier were counted each morning by the keeper.\n');
    const [result] = await core.ingest.start(other.sid, [{ path: file }]).done;
    assert.equal(result.status, 'ready');
    await core.handlers['sessions.open']({ sid: current.sid });
    await writeFile(core.sessions.sessionPath(other.sid), '{ not json');

    // Closing and opening Docent: the start-up sets the file aside before the window is there to hear of it.
    await ui.relaunch();
    const notice = ui.page.locator('[data-testid="notice"][data-code="session-file-unreadable"]');
    await notice.waitFor({ timeout: 30_000 });
    assert.ok((await countSessionLeftovers(ui.core, other.sid)).vectors > 0);
    await ui.screenshot('unreadable-session-notice');
    await notice.getByRole('button', { name: 'End it and erase its data' }).click();
    await notice.waitFor({ state: 'detached', timeout: 30_000 });
    assert.deepEqual(await countSessionLeftovers(ui.core, other.sid), { vectors: 0, files: 0 });
    assert.deepEqual(await ui.core.handlers['sessions.unreadable'](undefined), []);
    assert.deepEqual(ui.takeErrors(), []);
  });
});
