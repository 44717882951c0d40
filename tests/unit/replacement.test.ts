import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { AnswerSource } from '../../electron/app/chat/answer-types';
import { ExtractiveAnswerer } from '../../electron/app/chat/extractive-answerer';

function onePage(fileName: string, text: string): AnswerSource {
  return { n: 1, sid: 'base', fileId: 'releasenotesxxxx', fileName, page: 1, pageEnd: 1, start: 0, end: text.length, text };
}

async function answerText(question: string, text: string): Promise<string> {
  let out = '';
  for await (const e of new ExtractiveAnswerer().answer({ question, history: [], sources: [onePage('release-notes.md', text)] })) if (e.type === 'token') out += e.text;
  return out;
}

describe('what replaces what is gone', () => {
  test('a lead saying something was removed is quoted with the sentence after it saying what to use instead', async () => {
    const notes = '## 3.3.0\n\n### Removed\n\nThe legacy "Sync now" keyboard shortcut Ctrl+Alt+S was removed because it clashed with other applications. Use Ctrl+Shift+Y instead.\n\n### Fixed\n\nUploads no longer stall on slow networks.';
    assert.equal(await answerText('What is the keyboard shortcut for Sync now?', notes), 'The legacy "Sync now" keyboard shortcut Ctrl+Alt+S was removed because it clashed with other applications. [1] Use Ctrl+Shift+Y instead. [2]');
  });

  test('not a sentence after it that says something else, nor one past the paragraph, nor after what took a place', async () => {
    const other = 'The legacy "Sync now" keyboard shortcut Ctrl+Alt+S was removed because it clashed with other applications. Uploads are faster.';
    assert.equal(await answerText('What is the keyboard shortcut for Sync now?', other), 'The legacy "Sync now" keyboard shortcut Ctrl+Alt+S was removed because it clashed with other applications. [1]');
    const apart = 'The legacy "Sync now" keyboard shortcut Ctrl+Alt+S was removed because it clashed with other applications.\n\nUse the menu instead of the toolbar.';
    assert.doesNotMatch(await answerText('What is the keyboard shortcut for Sync now?', apart), /menu/);
    // A sentence saying only that something else changed names nothing in its place.
    const redesigned = 'Markdown export no longer exists. The export menu was redesigned and is now faster.';
    assert.doesNotMatch(await answerText('What happened to Markdown export?', redesigned), /faster/);
    // What has already taken something's place is no news of something gone.
    const regenerated = 'Large-scale regeneration has replaced the old shipping premises with new offices. The quayside is now a busy area with bars.';
    assert.doesNotMatch(await answerText('What has replaced the shipping premises?', regenerated), /busy area/);
  });
});
