import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sheetPage, type SheetRow } from '../../electron/app/documents/extractors/sheet-page';

test('a sheet of 200,000 rows under a header set apart by an empty row reads whole, each row a record', () => {
  const count = 200_000;
  const rows: SheetRow[] = [{ row: 1, cells: ['Item', 'Cost'] }];
  for (let i = 0; i < count; i++) rows.push({ row: i + 3, cells: [`item${i}`, String(i)] });
  const page = sheetPage(1, 'Big', rows);
  assert.equal(page.rows?.length, count);
  assert.ok(page.text.startsWith('Item: item0\nCost: 0\n\nItem: item1\nCost: 1'));
  assert.ok(page.text.endsWith(`Item: item${count - 1}\nCost: ${count - 1}`));
});
