import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { outsideTables, tablesIn } from '../../electron/app/chat/table-rows';

const rowsOf = (text: string, startsDocument = true) => tablesIn(text, startsDocument).map((t) => t.rows.map((r) => r.text));

describe('table rows', () => {
  test('a Markdown table: each row read with its column names, the header and the rule not offered', () => {
    const text = 'Plans.\n\n| Plan | Price | Storage |\n| --- | ---: | --- |\n| Basic | **$5** | 10 GB |\n| Team | $12 | 100 GB |\n\nAll plans include support.';
    const [table] = tablesIn(text, true);
    assert.deepEqual(table.rows.map((r) => r.text), ['Plan: Basic; Price: $5; Storage: 10 GB', 'Plan: Team; Price: $12; Storage: 100 GB']);
    // Each row's span is its own line, so its citation highlights just that row.
    assert.deepEqual(table.rows.map((r) => text.slice(r.start, r.end)), ['| Basic | **$5** | 10 GB |', '| Team | $12 | 100 GB |']);
    assert.equal(text.slice(table.start, table.end).split('\n').length, 4);
  });

  test('a Word or web table ("a | b" lines): a first row of words over rows of its width names the columns', () => {
    assert.deepEqual(rowsOf('Zone | Delivery time | Fee\nCity | 1 day | free\nRegion | 3 days | $4'), [['Zone: City; Delivery time: 1 day; Fee: free', 'Zone: Region; Delivery time: 3 days; Fee: $4']]);
    // A first row with figures holds values, not names; an empty cell is left out.
    assert.deepEqual(rowsOf('2023 | 14 | 9\n2024 |  | 11'), [['2023, 14, 9', '2024, 11']]);
    // A passage cut from inside a document may begin in the middle of a table: its first row is not taken for a header.
    assert.deepEqual(rowsOf('Region | Three days | Paid\nAbroad | Ten days | Paid', false), [['Region, Three days, Paid', 'Abroad, Ten days, Paid']]);
  });

  test('a two-column table without a rule is labels and their values, as in a web page\'s infobox', () => {
    assert.deepEqual(rowsOf('Company type | Public\nFounded | April 4, 1975\nHeadquarters | Redmond, Washington'), [
      ['Company type: Public', 'Founded: April 4, 1975', 'Headquarters: Redmond, Washington'],
    ]);
  });

  test('a Markdown table under an empty header is labels and their values too; the empty header is no row', () => {
    assert.deepEqual(rowsOf('| | |\n|---|---|\n| Minimum term | 18 months |\n| Monthly price | £12.00 |'), [['Minimum term: 18 months', 'Monthly price: £12.00']]);
  });

  test('…but a first row of names over values that all hold a figure names two columns', () => {
    assert.deepEqual(rowsOf('Phase | Dates\nDiscovery | October 2026\nBuild | January – February 2027\nLaunch | 31 March 2027'), [
      ['Phase: Discovery; Dates: October 2026', 'Phase: Build; Dates: January – February 2027', 'Phase: Launch; Dates: 31 March 2027'],
    ]);
  });

  test('…and a first row over values of many kinds is one more label and its value: a member\'s details, not a column', () => {
    assert.deepEqual(rowsOf('Member | Priya Natarajan\nMembership number | FZ-10458\nMonthly fee | £24.99\nStart date | 3 May 2027\nMinimum term | 12 months'), [
      ['Member: Priya Natarajan', 'Membership number: FZ-10458', 'Monthly fee: £24.99', 'Start date: 3 May 2027', 'Minimum term: 12 months'],
    ]);
    // Sums in every row are one column's, as dates are.
    assert.deepEqual(rowsOf('Item | Price\nService | £65.00\nTyre | £32.50\nValve | £4'), [['Item: Service; Price: £65.00', 'Item: Tyre; Price: £32.50', 'Item: Valve; Price: £4']]);
  });

  test("a header's names may hold a figure that is no value ('Under 2s', '2 and over') over rows holding values", () => {
    assert.deepEqual(rowsOf('Class | Time | Under 5s | 5 and over\nSplash | 9am to 10am | £6 | £8\nDive | 10am to 11am | £7 | £9'), [
      ['Class: Splash; Time: 9am to 10am; Under 5s: £6; 5 and over: £8', 'Class: Dive; Time: 10am to 11am; Under 5s: £7; 5 and over: £9'],
    ]);
    // A first row of records holds a value under every column the others do: it names no columns.
    assert.deepEqual(rowsOf('Splash | 9am to 10am | £6\nDive | 10am to 11am | £7\nFloat | 11am to 12pm | £5'), [['Splash, 9am to 10am, £6', 'Dive, 10am to 11am, £7', 'Float, 11am to 12pm, £5']]);
  });

  test('rows whose every cell names its field ("Name: Priya Nair | Office: Leeds") are records: their fields as written', () => {
    const text = 'Name: Priya Nair | Office: Leeds | Phone: 0113 496 0021\nName: Owen Hughes | Office: Cardiff | Phone: 029 2018 0044';
    const [table] = tablesIn(text, true);
    assert.deepEqual(table.rows.map((r) => r.text), ['Name: Priya Nair; Office: Leeds; Phone: 0113 496 0021', 'Name: Owen Hughes; Office: Cardiff; Phone: 029 2018 0044']);
    assert.deepEqual(table.rows[1].fields, [
      { label: 'Name', value: 'Owen Hughes' },
      { label: 'Office', value: 'Cardiff' },
      { label: 'Phone', value: '029 2018 0044' },
    ]);
  });

  test('one line with a bar is not a table, and a row of another width keeps its values alone', () => {
    assert.deepEqual(rowsOf('Home | About\n\nThe shop opens at nine.'), []);
    assert.deepEqual(rowsOf('| Name | Role |\n| --- | --- |\n| Ada | Chair | extra |'), [['Ada, Chair, extra']]);
  });

  test('the parts of a span outside the tables are kept: a sentence before a table stays a sentence', () => {
    const text = 'Our plans are listed below.\nPlan | Price\nBasic | $5\nTeam | $12';
    const kept = outsideTables(text, [{ start: 0, end: text.length }], tablesIn(text, true));
    assert.deepEqual(kept.map((s) => text.slice(s.start, s.end)), ['Our plans are listed below.']);
  });
});

test('a first row numbering and timing its columns over rows without figures is a header', () => {
  const text = 'Day | Period 1 (9:00) | Period 2 (10:15)\nMonday | Biology | Chemistry\nTuesday | Maths | Biology\nWednesday | Study | Maths';
  const [table] = tablesIn(text, true);
  assert.equal(table!.rows.length, 3);
  assert.equal(table!.rows[0]!.text, 'Day: Monday; Period 1 (9:00): Biology; Period 2 (10:15): Chemistry');
  // A first row of records whose figures run on below is no header.
  const records = 'Flat 1 | 2 | £650\nFlat 2 | 3 | £720\nFlat 3 | 1 | £540';
  assert.equal(tablesIn(records, true)[0]!.rows.length, 3);
});
