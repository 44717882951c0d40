// A node:test reporter that counts every test point by what happened to it, for scripts/test.sh's closing line.
// Node's own summary is not enough: on Node 20 a skipped describe() reports one suite point and never registers the
// tests inside it (they vanish from every count), and `todo` tests are counted apart whether they passed or failed.
// Here a test that ran and passed is passed; one that failed (a failing todo included, or one cancelled by a timeout or
// by its parent) is failed; a skipped one is skipped and listed with its reason. A suite skipped as a whole is itself a
// failure: the tests it hides cannot be counted, so each of its tests must carry the skip instead. A failed hook
// (before/after) is a failure of its suite. Output, for test.sh: one line per skip and per failure, then the totals.
import path from 'node:path';

const shown = (file) => (file ? path.relative(process.cwd(), file) : '?');

export default async function* testCounts(source) {
  let passed = 0;
  const failed = [];
  const skipped = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { name, file, details = {}, skip, todo } = event.data;
    const where = `${shown(file)} › ${name}`;
    const isSuite = details.type === 'suite';
    if (isSuite) {
      if (skip !== undefined || todo !== undefined)
        failed.push(`${where}: a whole describe() was skipped (${skip || todo || 'no reason'}); its tests are not counted: skip each test instead`);
      else if (event.type === 'test:fail' && details.error?.failureType === 'hookFailed') failed.push(`${where}: a hook failed: ${details.error?.cause?.message ?? details.error?.message ?? ''}`);
      continue;
    }
    if (event.type === 'test:fail') failed.push(`${where}${todo !== undefined ? ' (todo)' : ''}: ${firstLine(details.error)}`);
    else if (skip !== undefined) skipped.push(`${where}: ${skip === true || skip === '' ? 'no reason given' : skip}`);
    else passed += 1;
  }
  for (const line of skipped) yield `skipped  ${line}\n`;
  for (const line of failed) yield `FAILED   ${line}\n`;
  yield `${passed} passed, ${failed.length} failed, ${skipped.length} skipped\n`;
}

function firstLine(error) {
  const message = error?.cause?.message ?? error?.message ?? String(error ?? '');
  return message.split('\n')[0].slice(0, 300);
}
