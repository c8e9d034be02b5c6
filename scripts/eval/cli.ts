/**
 * `npm run eval:parser`: scores the parser on the synthetic fixtures (and the
 * sample) and on the real published set, one table each with the targets and
 * the totals; exits 1 when a target is missed. `--verbose` lists every miss.
 */
import { Command } from 'commander';
import { resolve } from 'path';
import { evaluateReal, evaluateSynthetic, type EvalResult } from './corpus';
import type { Counts, FileReport, Scores } from './score';
import { lowSupport, MIN_SUPPORT, REAL_TARGETS, SUPPORT, SYNTHETIC_TARGETS, type Target } from './targets';

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

/**
 * An F1 cell, or, where the set has too few gold items for an F1 to mean
 * much (see MIN_SUPPORT), "matched/gold" and "+extra" for items found that
 * the gold does not list.
 */
function cell(metric: keyof Scores, s: Scores, low: ReturnType<typeof lowSupport>): string {
  if (low === null) return pct(s[metric]);
  return `${low.matched}/${low.gold}${low.extra > 0 ? `+${low.extra}` : ''}`.padStart(8);
}

/** `thin`: the metrics the whole set supports too thinly; every row shows their counts. */
const row = (name: string, r: { scores: Scores; counts: Counts }, thin: ReadonlySet<keyof Scores>): string =>
  `${name.padEnd(NAME)}${COLUMNS.map(([k]) => cell(k, r.scores, thin.has(k) ? countsOf(k, r.counts) : null)).join('')}`;

/** lowSupport's figures whatever the support (a file's row shows the counts of a thin metric). */
function countsOf(metric: keyof Scores, c: Counts): ReturnType<typeof lowSupport> {
  const [gold, predicted, matched] = SUPPORT[metric]!;
  return { gold: c[gold], extra: c[predicted] - c[matched], matched: c[matched] };
}

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
  const thin = new Set(COLUMNS.map(([k]) => k).filter((k) => lowSupport(k, result.counts) !== null));
  for (const e of result.entries) {
    console.log(row(e.name, e.report, thin));
    if (opts.verbose) printMisses(e.report);
  }
  console.log('-'.repeat(header.length));
  console.log(row('TOTAL', { scores: result.total, counts: result.counts }, thin));
  const target = new Map(targets.map((t) => [t.metric, t.min]));
  const goal = (k: keyof Scores): string => (!target.has(k) ? '-' : thin.has(k) ? 'no +' : `>=${(target.get(k)! * 100).toFixed(0)}%`);
  console.log(`${'target'.padEnd(NAME)}${COLUMNS.map(([k]) => goal(k).padStart(8)).join('')}`);
  for (const k of thin) {
    const label = COLUMNS.find(([c]) => c === k)![1];
    console.log(`${label}: ${result.counts[SUPPORT[k]![0]]} gold in this set, fewer than ${MIN_SUPPORT}: shown as matched/gold, F1 not judged; finding nothing beyond the gold (no +) is.`);
  }
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
