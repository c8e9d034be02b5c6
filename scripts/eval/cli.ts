/**
 * `npm run eval:parser`: scores the parser on the synthetic fixtures (and the
 * sample) and on the real published set, one table each with the targets and
 * the totals; exits 1 when a target is missed. `--verbose` lists every miss.
 */
import { Command } from 'commander';
import { resolve } from 'path';
import { evaluateReal, evaluateSynthetic, type EvalResult } from './corpus';
import { REAL_TARGETS, SYNTHETIC_TARGETS, type FileReport, type Scores, type Target } from './score';

const program = new Command('eval:parser')
  .description('score the parser on the labelled synthetic fixtures and the real published set')
  .option('-v, --verbose', 'list every miss under its file')
  .option('--set <set>', 'synthetic, real or both', 'both')
  .parse();
const opts = program.opts<{ verbose?: boolean; set: string }>();

const root = resolve(__dirname, '..', '..');
const COLUMNS: Array<[keyof Scores, string]> = [
  ['quoteF1', 'q-F1'],
  ['attribution', 'attrib'],
  ['attributionPrecision', 'att-P'],
  ['peopleF1', 'ppl-F1'],
  ['roles', 'roles'],
  ['sectionsF1', 'sect-F1'],
  ['linksF1', 'link-F1'],
  ['kindAccuracy', 'kind'],
];
const NAME = 44;
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(8);
const row = (name: string, s: Scores): string => `${name.padEnd(NAME)}${COLUMNS.map(([k]) => pct(s[k])).join('')}`;

function printMisses(r: FileReport): void {
  const say = (what: string, s: string): void => console.log(`    ${what.padEnd(15)} ${s}`);
  for (const q of r.missedQuotes) say('missed quote', `${JSON.stringify(q.text)} (${q.speaker})`);
  for (const q of r.extraQuotes) say('extra quote', `${JSON.stringify(q.text)} (${q.speaker})`);
  for (const w of r.wrongSpeakers) say('speaker', `${JSON.stringify(w.text.slice(0, 60))} gold=${w.gold} got=${w.predicted}`);
  for (const k of r.wrongKinds) say('kind', `${JSON.stringify(k.text.slice(0, 60))} gold=${k.gold}`);
  for (const p of r.missedPeople) say('missed person', p);
  for (const p of r.extraPeople) say('extra person', p);
  for (const m of r.missedRoles) say('role', `${m.name}: gold=${JSON.stringify(m.gold)} got=${JSON.stringify(m.predicted)}`);
  for (const s of r.missedSections) say('missed section', s);
  for (const s of r.extraSections) say('extra section', s);
  for (const l of r.missedLinks) say('missed link', l);
  for (const l of r.extraLinks) say('extra link', l);
}

function printTable(title: string, result: EvalResult, targets: Target[]): void {
  const header = `${title.padEnd(NAME)}${COLUMNS.map(([, h]) => h.padStart(8)).join('')}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const e of result.entries) {
    console.log(row(e.name, e.report.scores));
    if (opts.verbose) printMisses(e.report);
  }
  console.log('-'.repeat(header.length));
  console.log(row('TOTAL', result.total));
  const target = new Map(targets.map((t) => [t.metric, t.min]));
  console.log(`${'target'.padEnd(NAME)}${COLUMNS.map(([k]) => (target.has(k) ? `>=${(target.get(k)! * 100).toFixed(0)}%` : '-').padStart(8)).join('')}`);
  console.log('');
}

const failures: string[] = [];
if (opts.set !== 'real') {
  const synthetic = evaluateSynthetic(root);
  printTable('synthetic fixtures', synthetic, SYNTHETIC_TARGETS);
  failures.push(...synthetic.failures.map((f) => `synthetic ${f}`));
}
if (opts.set !== 'synthetic') {
  const real = evaluateReal(root);
  printTable('real published articles', real, REAL_TARGETS);
  failures.push(...real.failures.map((f) => `real ${f}`));
}
if (failures.length > 0) {
  for (const f of failures) console.error(`MISSED ${f}`);
  process.exit(1);
}
console.log('all targets met');
