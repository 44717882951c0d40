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

test('two columns of labels and their values read as labelled lines; a two-column table under names keeps its header', () => {
  const summary = sheetPage(1, 'Summary', [
    { row: 1, cells: ['Contract summary - Orbit Mobile'] },
    { row: 3, cells: ['Plan', 'Unlimited calls and texts, 50GB data'] },
    { row: 4, cells: ['Monthly price', '£18.00'] },
    { row: 5, cells: ['Contract length', '24 months'] },
  ]);
  assert.equal(summary.text, 'Contract summary - Orbit Mobile\n\nPlan: Unlimited calls and texts, 50GB data\n\nMonthly price: £18.00\n\nContract length: 24 months');
  const costs = sheetPage(1, 'Costs', [
    { row: 1, cells: ['Item', 'Cost (£)'] },
    { row: 2, cells: ['Paper', '42'] },
    { row: 3, cells: ['Ink', '18'] },
  ]);
  assert.equal(costs.text, 'Item: Paper\nCost (£): 42\n\nItem: Ink\nCost (£): 18');
  // A figure is a value, never a column's name.
  const order = sheetPage(1, 'Order', [
    { row: 1, cells: ['Order number', 'A-10482'] },
    { row: 2, cells: ['Status', 'Shipped'] },
  ]);
  assert.equal(order.text, 'Order number: A-10482\n\nStatus: Shipped');
  // …and a value of many words none.
  const tariff = sheetPage(1, 'Tariff', [
    { row: 1, cells: ['Tariff', 'Fixed price until next spring'] },
    { row: 2, cells: ['Standing charge', '53p a day'] },
  ]);
  assert.equal(tariff.text, 'Tariff: Fixed price until next spring\n\nStanding charge: 53p a day');
});
