// The chat exported as Markdown keeps what the window says about an answer, not only its words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chatToMarkdown } from '../../electron/app/chat/chat-service';
import type { ChatMessage } from '../../shared/model';
import { UNSURE_NOTE } from '../../electron/app/chat/answer-types';

const at = '2026-12-01T10:00:00.000Z';
const question = (id: string, text: string): ChatMessage => ({ id, role: 'user', text, citations: [], createdAt: at, status: 'complete' });
const answer = (id: string, text: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({ id, role: 'assistant', text, citations: [], createdAt: at, status: 'complete', answerer: 'extractive', ...extra });

test('an unsure answer is exported with its note above it; a plain one without', () => {
  const markdown = chatToMarkdown('Minutes', [
    question('q1', 'What did Julia promise?'),
    answer('a1', 'Julia will own the onboarding redesign. [1]', { unsure: true }),
    question('q2', 'When is the next meeting?'),
    answer('a2', 'Next meeting: 28 May 2024, 14:00, Room 3B. [1]'),
  ]);
  const lines = markdown.split('\n').filter(Boolean);
  const note = lines.findIndex((l) => l.includes(UNSURE_NOTE));
  assert.ok(note > 0, markdown);
  assert.match(lines[note + 1], /^Julia will own the onboarding redesign/, 'the note comes right before its answer');
  assert.equal(lines.filter((l) => l.includes(UNSURE_NOTE)).length, 1, 'only the unsure answer has it');
});
