import { test } from 'node:test';
import assert from 'node:assert/strict';
import { titleStems } from '../../electron/app/chat/document-titles';

const titled = (fileName: string, text: string) => titleStems([{ fileId: 'f'.repeat(16), fileName, page: 1, start: 0, text }]).get('f'.repeat(16))!;

test("a document's name, its title and whom the lines under its title say it is for name all of it", () => {
  const booking = titled('holiday-club-booking.docx', 'Holiday club booking confirmation\nThank you for booking Sunnyfields Holiday Club for Leo Brennan (age 8).\nDates: 2 to 6 August.');
  for (const stem of ['holiday', 'club', 'leo', 'brennan']) assert.ok(booking.has(stem), stem);
  const report = titled('report.html', '# Swimming progress report\nSwimmer: Isaac Ward. Class: Stage 4.\nIsaac can swim 25 metres.');
  assert.ok(report.has('isaac'));
  // Two words of a name at most, as the next field may follow on the line; and only under a title.
  const payslip = titled('payslip.pdf', 'Payslip March 2027\nEmployee: Sofia Marin Employee number: 10482');
  assert.ok(payslip.has('sofia') && !payslip.has('employe') && !payslip.has('number'));
  const prose = titled('notes.txt', 'We met on Tuesday to plan the summer fete and agreed the stalls for the children, which is a long first line.\nChild: Amara Okoro');
  assert.ok(!prose.has('amara'));
});

test("a table's first record names its row, not the file, though whom it is for still names the file", () => {
  const pills = titled('my-pills.csv', 'Medicine: Lisinopril\nDose: 10mg\nWhen: Morning\n\nMedicine: Simvastatin\nDose: 40mg');
  assert.ok(!pills.has('lisinopril'), [...pills].join(' '));
  const record = titled('record.csv', 'Patient: Margaret Ellis\nDate: 3 May\nReading: 128/82\n\nPatient: Tom Ellis\nDate: 4 May\nReading: 131/85');
  assert.ok(record.has('margaret') && !record.has('patient'), [...record].join(' '));
  // A title with a colon is the title, over prose or over a form's fields.
  const guide = titled('guide.md', 'Tenancy guide: what to know\nThe deposit is held by the Deposit Protection Service.');
  assert.ok(guide.has('tenanc') || guide.has('tenancy'), [...guide].join(' '));
  const decision = titled('pcn.pdf', 'Penalty Charge Notice appeal: decision\nPCN number: WK40918835\nYour appeal has been successful.');
  assert.ok(decision.has('penalti') || decision.has('penalty'), [...decision].join(' '));
});
