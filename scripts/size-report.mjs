// Prints the size of everything a first visit downloads (every file in dist/), raw, gzip and brotli, and checks the
// total against the budget: at most 200 KB (200,000 bytes) brotli-compressed.
//   node scripts/size-report.mjs [dist]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_BROTLI = 200_000;
const root = process.argv[2] ?? 'dist';

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const rows = files(root).sort().map((path) => {
  const data = readFileSync(path);
  return {
    file: relative(root, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
});
if (rows.length === 0) {
  console.error(`size-report: ${root} has no files; build the page first (trunk build --release)`);
  process.exit(1);
}
const total = rows.reduce((t, r) => ({ file: 'total', raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }),
  { raw: 0, gzip: 0, brotli: 0 });
const kb = (n) => (n / 1000).toFixed(1).padStart(8) + ' KB';
const width = Math.max(...rows.map((r) => r.file.length), 5);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(11)}  ${'brotli'.padStart(11)}`);
for (const r of [...rows, total]) {
  console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}`);
}
const ok = total.brotli <= BUDGET_BROTLI;
console.log(`first load, brotli: ${kb(total.brotli).trim()} of a ${BUDGET_BROTLI / 1000} KB budget: ${ok ? 'within' : 'OVER'}`);
process.exit(ok ? 0 : 1);
