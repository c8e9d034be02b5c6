/**
 * Loads the labelled evaluation set (fixtures + the sample) and scores the
 * parser on it. I/O lives here, not in evaluate.ts, so scoring stays pure.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from './index';
import { missedPerfect, missedTargets, scoreFile, scoresOf, sumCounts, type FileReport, type GoldFile, type Scores } from './evaluate';

/** Fixed so that weekday-only dates resolve the same way on every run. */
export const EVAL_REFERENCE_DATE = '2025-06-30';

export interface EvalEntry {
  name: string;
  sample: boolean;
  report: FileReport;
}

export interface EvalResult {
  entries: EvalEntry[];
  total: Scores;
  sample: Scores | null;
  failures: string[];
}

export function listEvalFiles(root: string): Array<{ name: string; text: string; gold: string; sample: boolean }> {
  const out: Array<{ name: string; text: string; gold: string; sample: boolean }> = [];
  const fixtures = join(root, 'tests', 'fixtures', 'articles');
  if (existsSync(fixtures)) {
    for (const f of readdirSync(fixtures).sort()) {
      if (!f.endsWith('.gold.json')) continue;
      const text = join(fixtures, f.replace(/\.gold\.json$/, '.txt'));
      if (existsSync(text)) out.push({ name: f.replace(/\.gold\.json$/, ''), text, gold: join(fixtures, f), sample: false });
    }
  }
  const samples = join(root, 'samples');
  if (existsSync(samples)) {
    for (const f of readdirSync(samples).sort()) {
      if (!f.endsWith('.gold.json')) continue;
      const text = join(samples, f.replace(/\.gold\.json$/, '.txt'));
      if (existsSync(text)) out.push({ name: `sample/${f.replace(/\.gold\.json$/, '')}`, text, gold: join(samples, f), sample: true });
    }
  }
  return out;
}

export function runEvaluation(root: string): EvalResult {
  const entries: EvalEntry[] = [];
  for (const f of listEvalFiles(root)) {
    const gold = JSON.parse(readFileSync(f.gold, 'utf8')) as GoldFile;
    const doc = parseDocument(readFileSync(f.text, 'utf8'), { referenceDate: EVAL_REFERENCE_DATE, fileName: f.text });
    entries.push({ name: f.name, sample: f.sample, report: scoreFile(gold, doc) });
  }
  const total = scoresOf(sumCounts(entries.map((e) => e.report.counts)));
  const sampleEntries = entries.filter((e) => e.sample);
  const sample = sampleEntries.length > 0 ? scoresOf(sumCounts(sampleEntries.map((e) => e.report.counts))) : null;
  const failures = [...missedTargets(total).map((m) => `overall: ${m}`), ...(sample ? missedPerfect(sample).map((m) => `sample: ${m}`) : [])];
  return { entries, total, sample, failures };
}
