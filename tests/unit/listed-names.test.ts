// Documents listed under the same title are told apart by their file names (the base library's guide as PDF and Markdown).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listedNames } from '../../shared/listed-names';

test('a title two documents share is followed by each one’s file name; a title of its own stands alone', () => {
  const names = listedNames([
    { fileId: 'a', name: 'docent-user-guide.pdf', title: 'Docent user guide' },
    { fileId: 'b', name: 'docent-user-guide.md', title: 'Docent user guide' },
    { fileId: 'c', name: 'release-notes.md', title: 'Release notes' },
    { fileId: 'd', name: 'untitled.txt' },
  ]);
  assert.deepEqual(Object.fromEntries(names), {
    a: { name: 'Docent user guide', file: 'docent-user-guide.pdf' },
    b: { name: 'Docent user guide', file: 'docent-user-guide.md' },
    c: { name: 'Release notes' },
    d: { name: 'untitled.txt' },
  });
});

test('titles that differ only in case or spaces clash too; a title equal to another’s file name is told apart', () => {
  const names = listedNames([
    { fileId: 'a', name: 'a.pdf', title: 'Annual report ' },
    { fileId: 'b', name: 'b.docx', title: 'annual report' },
    { fileId: 'c', name: 'notes.md' },
    { fileId: 'd', name: 'n.pdf', title: 'notes.md' },
  ]);
  assert.deepEqual(names.get('a'), { name: 'Annual report', file: 'a.pdf' });
  assert.deepEqual(names.get('b'), { name: 'annual report', file: 'b.docx' });
  assert.deepEqual(names.get('c'), { name: 'notes.md' }, 'listed by its file name, which is already its own');
  assert.deepEqual(names.get('d'), { name: 'notes.md', file: 'n.pdf' });
  const shown = [...names.values()].map((n) => `${n.name}${n.file ? ` · ${n.file}` : ''}`.toLowerCase());
  assert.equal(new Set(shown).size, shown.length, 'every entry reads differently');
});
