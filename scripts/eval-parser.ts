/**
 * `npm run eval:parser`: scores the parser on the labelled fixtures and the
 * sample, prints a per-file table and the totals, and exits 1 when a target
 * is missed. `--verbose` lists every miss.
 */
import { resolve } from 'path';
import { runEvaluation } from '../server/src/parse/eval-set';
import { TARGETS } from '../server/src/parse/evaluate';

const root = resolve(__dirname, '..');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const result = runEvaluation(root);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
const header = `${'file'.padEnd(44)} ${'q-P'.padStart(7)} ${'q-R'.padStart(7)} ${'q-F1'.padStart(7)} ${'attrib'.padStart(7)} ${'ppl-F1'.padStart(7)} ${'kind'.padStart(7)} ${'links'.padStart(7)}`;
console.log(header);
console.log('-'.repeat(header.length));
for (const e of result.entries) {
  const s = e.report.scores;
  console.log(`${e.name.padEnd(44)} ${pct(s.quotePrecision)} ${pct(s.quoteRecall)} ${pct(s.quoteF1)} ${pct(s.attribution)} ${pct(s.peopleF1)} ${pct(s.kindAccuracy)} ${pct(s.linkRecall)}`);
  if (verbose) {
    for (const q of e.report.missedQuotes) console.log(`    missed quote: ${JSON.stringify(q.text)} (${q.speaker})`);
    for (const q of e.report.extraQuotes) console.log(`    extra quote:  ${JSON.stringify(q.text)} (${q.speaker})`);
    for (const w of e.report.wrongSpeakers) console.log(`    speaker: ${JSON.stringify(w.text.slice(0, 60))} gold=${w.gold} got=${w.predicted}`);
    for (const p of e.report.missedPeople) console.log(`    missed person: ${p}`);
    for (const p of e.report.extraPeople) console.log(`    extra person:  ${p}`);
  }
}
console.log('-'.repeat(header.length));
const t = result.total;
console.log(`${'TOTAL'.padEnd(44)} ${pct(t.quotePrecision)} ${pct(t.quoteRecall)} ${pct(t.quoteF1)} ${pct(t.attribution)} ${pct(t.peopleF1)} ${pct(t.kindAccuracy)} ${pct(t.linkRecall)}`);
console.log(`targets: quote F1 >= ${TARGETS.quoteF1}, attribution >= ${TARGETS.attribution}, people F1 >= ${TARGETS.peopleF1}; sample = 100%`);
if (result.failures.length > 0) {
  for (const f of result.failures) console.error(`MISSED ${f}`);
  process.exit(1);
}
console.log('all targets met');
