// Rewrites the scores block of README.md with `newsfacts eval fixtures` (run after `npm run build`).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const table = execFileSync(process.execPath, ['dist/cli.js', 'eval', 'fixtures'], { encoding: 'utf8' });
const corpus = table.slice(table.indexOf('corpus:'));
const readme = readFileSync('README.md', 'utf8');
const block = /(<!-- scores:start -->\n```text\n)[\s\S]*?(```\n<!-- scores:end -->)/;
if (!block.test(readme)) throw new Error('README.md has no <!-- scores:start --> block');
writeFileSync('README.md', readme.replace(block, `$1${corpus}$2`));
console.log(corpus);
