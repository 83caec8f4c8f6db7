// Sets each speed figure beside its budget: the native benchmarks (cargo bench --bench check, median) and the
// browser figures the end-to-end test wrote to target/figures/e2e.json. A machine under load is noisy, so a figure
// fails the run only when it is more than twice its budget; between one and two times it is flagged, not failed.
//   node scripts/budgets.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';

// [what, where the figure comes from, budget in milliseconds, why that budget]
const BUDGETS = [
  ['one check (known host)', 'bench:one_check_known_host', 0.1, 'checks re-run on every keystroke'],
  ['one check (unknown host, first time)', 'bench:one_check_unknown_host_first_time', 1, 'did-you-mean search'],
  // (Back to 1 ms on 2026-12-01, from the 1.25 ms it had been raised to when the reader measured 1.2 to 2.0 ms: its
  // searches now go through an index of the letter's byte pairs (src/letter/text.rs), and it measures about 0.6 ms.)
  ['letter reader, 5 KB letter', 'bench:extract_a_letter_kb/5', 1, 'issue: a 5 KB letter under 1 ms'],
  ['letter reader, 50 KB letter', 'bench:extract_a_letter_kb/50', 10, 'ten times the 5 KB budget'],
  ['1,000-row delegation (native)', 'bench:a_batch_of_1000_rows', 50, 'the page budget, without the browser'],
  ['page load to a usable form (local)', 'e2e:page_load_ms', 1500, 'release build, local server'],
  ['a 5 KB letter pasted, read, checked, drawn (median of five pastes)', 'e2e:paste_5k_letter_ms', 50, 'one frame and a half on a phone'],
  ['1,000-row delegation read and checked in the page (median of three pastes)', 'e2e:delegation_1000_rows_ms', 50, 'organisers paste whole sheets'],
  ['1,000-row delegation (native), rows sharing nothing', 'bench:a_batch_of_1000_varied_rows', 50, 'the worst case for the memo'],
  ['1,000 rows sharing nothing, read and checked in the page', 'e2e:delegation_1000_varied_rows_ms', 100, 'the worst case for the memo: twice the budget above'],
  ['10,000-row delegation: the page\'s longest pause', 'e2e:delegation_10000_rows_longest_pause_ms', 500, 'no freeze (most of it is the browser laying out the text box)'],
];

const UNIT = { ns: 1e-6, 'µs': 1e-3, us: 1e-3, ms: 1, s: 1000 };

// divan prints a tree: "├─ name   fastest │ slowest │ median │ mean │ samples │ iters", args on nested lines.
function benchFigures() {
  const out = execFileSync('cargo', ['bench', '--locked', '--bench', 'check'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const figures = {};
  let parent = '';
  for (const line of out.split('\n')) {
    const m = line.match(/^([│ ]*)[├╰]─ (\S+)\s+(.*)$/);
    if (!m) continue;
    const [, indent, name, rest] = m;
    const cols = rest.split('│').map((c) => c.trim());
    const key = indent.length ? `${parent}/${name}` : name;
    if (!indent.length) parent = name;
    const median = cols[2]?.match(/^([\d.]+) (ns|µs|us|ms|s)$/);
    if (median) figures[key] = Number(median[1]) * UNIT[median[2]];
  }
  return figures;
}

const bench = benchFigures();
const e2ePath = 'target/figures/e2e.json';
const e2e = existsSync(e2ePath) ? JSON.parse(readFileSync(e2ePath, 'utf8')) : {};
let over = 0;
console.log('figure                                              measured      budget   verdict');
for (const [what, from, budget, why] of BUDGETS) {
  const [kind, key] = from.split(':');
  const value = kind === 'bench' ? bench[key] : e2e[key];
  if (value == null) {
    console.log(`${what.padEnd(50)} ${'missing'.padStart(10)} ${budget.toString().padStart(8)} ms  MISSING (${from})`);
    over += 1;
    continue;
  }
  const ratio = value / budget;
  const verdict = ratio <= 1 ? 'within' : ratio <= 2 ? 'over (noise allowed up to 2x)' : 'OVER 2x';
  if (ratio > 2) over += 1;
  console.log(`${what.padEnd(50)} ${value.toFixed(3).padStart(10)} ms ${budget.toString().padStart(8)} ms  ${verdict}  (${why})`);
}
if (over) {
  console.error(`budgets: ${over} figure(s) missing or over twice their budget`);
  process.exit(1);
}
console.log('budgets: every figure within twice its budget');
