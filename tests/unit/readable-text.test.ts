import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { markupShare, readableText } from '../../electron/app/chat/readable-text';

describe('readableText: a quoted sentence as a person reads it', () => {
  test('XML and HTML tags, declarations, comments and entities go; the words stay in order', () => {
    const raw = '<?xml version="1.0"?><!-- spec --><para id="p3">The <emphasis role="strong">maximum</emphasis> upload size is <literal>5&nbsp;GB</literal> &amp; no more.</para>';
    assert.equal(readableText(raw), 'The maximum upload size is 5 GB & no more.');
  });

  test('comparisons are not tags', () => {
    assert.equal(readableText('Valid when x < 5 and y > 3.'), 'Valid when x < 5 and y > 3.');
  });

  test('Markdown marks go: headings, emphasis, code, links, images, quotes, escapes, attributes', () => {
    assert.equal(readableText('## Limits {#limits}'), 'Limits');
    assert.equal(readableText('The **maximum** is `5 GB`, see [the guide](https://example.org/guide) and ![chart](c.png).'), 'The maximum is 5 GB, see the guide and chart.');
    assert.equal(readableText('> Quoted _words_ with a snake_case_name and 2 \\* 3.'), 'Quoted words with a snake_case_name and 2 * 3.');
  });

  test('list bullets and numbers go, and list items read as a list', () => {
    assert.equal(readableText('The formats are:\n- PDF\n- DOCX\n- Markdown'), 'The formats are: PDF; DOCX; Markdown');
    assert.equal(readableText('1. Open the app.\n2. Drop a file.'), 'Open the app. Drop a file.');
    assert.equal(readableText('* [x] Done item'), 'Done item');
    assert.equal(readableText('[ ] Pillows'), 'Pillows');
    assert.equal(readableText('(3) Return the form.'), 'Return the form.');
    assert.equal(readableText('(1) 2 cups of flour'), '2 cups of flour');
    // A telephone number's area code is not an item's number.
    assert.equal(readableText('(415) 555-0199'), '(415) 555-0199');
    // A sentence that starts within its line opens on a name's initial, not on an outline's letter.
    assert.equal(readableText('P. Sharma will contact the first six.', false), 'P. Sharma will contact the first six.');
    assert.equal(readableText('B. Safety instructions'), 'Safety instructions');
    assert.equal(readableText('- Bring a torch.', false), 'Bring a torch.');
  });

  test("a form's fields, one a line, read as a list; wrapped prose reads as one sentence", () => {
    assert.equal(readableText('Cinema: Downtown Multiplex\nPrimary Contact: Sarah Johnson'), 'Cinema: Downtown Multiplex; Primary Contact: Sarah Johnson');
    assert.equal(readableText('Monday to Friday: 9am to 5pm\nSaturday: 10am to 2pm'), 'Monday to Friday: 9am to 5pm; Saturday: 10am to 2pm');
    // A setting's keys are one word in lower case.
    assert.equal(readableText('host: db.internal.example\nport: 5432'), 'host: db.internal.example; port: 5432');
    // A field after a finished sentence, or prose wrapped after a colon, is joined by a space.
    assert.equal(readableText('Note: the office is closed.\nPhone: 555-0100'), 'Note: the office is closed. Phone: 555-0100');
    assert.equal(readableText('The formats it reads: PDF, Word\nand plain text files.'), 'The formats it reads: PDF, Word and plain text files.');
    assert.equal(readableText('Warning: do not operate the machine while\ntired. Note: consult a doctor.'), 'Warning: do not operate the machine while tired. Note: consult a doctor.');
    assert.equal(readableText('There are two options: the first is cheap and the\nSecond Edition: pick one.'), 'There are two options: the first is cheap and the Second Edition: pick one.');
  });

  test('a table row reads as its cells; the alignment row disappears', () => {
    assert.equal(readableText('| Limit | Value |\n|---|:---:|\n| Upload size | 5 GB |'), 'Limit, Value; Upload size, 5 GB');
  });

  test("the source's own reference numbers go, so the only [n] in an answer is Docent's", () => {
    assert.equal(readableText('Tracing was first proposed by Bala et al. [2, 3] and refined later [12].'), 'Tracing was first proposed by Bala et al. and refined later.');
    assert.equal(readableText('A footnote here[^note] ends.'), 'A footnote here ends.');
  });

  test('markupShare tells code from prose, wrapped in markup or not', () => {
    assert.equal(markupShare('<a href="x"><b></b></a><br/>'), 1);
    assert.ok(markupShare('<para>The service listens on port <literal>8443</literal> by default.</para>') < 0.05);
    assert.ok(markupShare('const x = {a: [1, 2]}; if (x) { y = $z; }') > 0.25);
    assert.ok(markupShare('The harbour opens at dawn and closes at dusk.') < 0.05);
  });
});
