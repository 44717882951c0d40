import { truncateToTokens } from './electron/app/embeddings/token-limit';
let t = performance.now();
const zh = '文档的内容在这里被分成了许多段落，每一段都有自己的编号和页码。'.repeat(300).slice(0, 8000);
await truncateToTokens(zh); console.log('first', performance.now() - t); t = performance.now();
await truncateToTokens(zh); console.log('second', performance.now() - t); t = performance.now();
const run = '龘靐齉爩麤鸞文档的内容在这里被分成了许多段落'.repeat(400).slice(0, 8000);
await truncateToTokens(run); console.log('no-punct 8000', performance.now() - t);
const en = 'word '.repeat(1800).slice(0,8000) + 'x'.repeat(8000);
t = performance.now(); await truncateToTokens(en); console.log('long x run', performance.now() - t);
