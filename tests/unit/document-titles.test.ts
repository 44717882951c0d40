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
