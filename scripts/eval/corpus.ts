/**
 * Loads the labelled evaluation sets and scores the parser on them. I/O lives
 * here, not in score.ts, so scoring stays pure.
 *  - synthetic: tests/fixtures/articles/*.gold.json (written by us) + the sample;
 *  - real: tests/fixtures/real/*.json, published articles with hand-made labels
 *    (sources and licences in tests/fixtures/real/README.md).
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { parseDocument } from '../../server/src/parse';
import {
  scoreFile,
  scoresOf,
  sumCounts,
  type Counts,
  type FileReport,
  type GoldFile,
  type GoldLink,
  type GoldPerson,
  type GoldQuote,
  type Scores,
} from './score';
import { missedTargets, REAL_TARGETS, SAMPLE_TARGETS, SYNTHETIC_TARGETS, type Target } from './targets';

/** Fixed so that weekday-only dates resolve the same way on every run. */
export const EVAL_REFERENCE_DATE = '2025-06-30';

export interface LabelledText {
  name: string;
  text: string;
  gold: GoldFile;
  sample: boolean;
  /** The outlet the labels name (real set only). */
  outlet?: string;
}

export interface EvalEntry {
  name: string;
  sample: boolean;
  report: FileReport;
}

export interface EvalResult {
  entries: EvalEntry[];
  /** The set's counts summed over its files (total is scored from them). */
  counts: Counts;
  total: Scores;
  sample: Scores | null;
  failures: string[];
}

/** The real set's JSON, as labelled (snake_case, with source and licence). */
interface RealGoldJson {
  outlet?: string;
  people: GoldPerson[];
  quotes: GoldQuote[];
  related_links: GoldLink[];
  sections: string[];
}

const read = (path: string): string => readFileSync(path, 'utf8');

function pairs(dir: string, goldSuffix: string): Array<{ name: string; text: string; gold: string }> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(goldSuffix))
    .sort()
    .map((f) => ({ name: f.slice(0, -goldSuffix.length), gold: join(dir, f), text: join(dir, f.slice(0, -goldSuffix.length) + '.txt') }))
    .filter((p) => existsSync(p.text));
}

export function loadSynthetic(root: string): LabelledText[] {
  const fixtures = pairs(join(root, 'tests', 'fixtures', 'articles'), '.gold.json').map((p) => ({ ...p, sample: false }));
  const samples = pairs(join(root, 'samples'), '.gold.json').map((p) => ({ ...p, name: `sample/${p.name}`, sample: true }));
  return [...fixtures, ...samples].map((p) => ({ name: p.name, sample: p.sample, text: read(p.text), gold: JSON.parse(read(p.gold)) as GoldFile }));
}

export function loadReal(root: string): LabelledText[] {
  return pairs(join(root, 'tests', 'fixtures', 'real'), '.json').map((p) => {
    const json = JSON.parse(read(p.gold)) as RealGoldJson;
    const gold: GoldFile = { people: json.people, quotes: json.quotes, relatedLinks: json.related_links, sections: json.sections };
    return { name: p.name, text: read(p.text), gold, sample: false, outlet: json.outlet };
  });
}

export function evaluate(set: LabelledText[], targets: Target[]): EvalResult {
  const entries: EvalEntry[] = set.map((f) => {
    const doc = parseDocument(f.text, { referenceDate: EVAL_REFERENCE_DATE, fileName: `${f.name}.txt` });
    return { name: f.name, sample: f.sample, report: scoreFile(f.gold, doc) };
  });
  const counts = sumCounts(entries.map((e) => e.report.counts));
  const total = scoresOf(counts);
  const sampleEntries = entries.filter((e) => e.sample);
  const sampleCounts = sampleEntries.length > 0 ? sumCounts(sampleEntries.map((e) => e.report.counts)) : null;
  const sample = sampleCounts ? scoresOf(sampleCounts) : null;
  const failures = [
    ...missedTargets(total, targets, counts).map((m) => `overall: ${m}`),
    ...(sample && sampleCounts ? missedTargets(sample, SAMPLE_TARGETS, sampleCounts).map((m) => `sample: ${m}`) : []),
  ];
  return { entries, counts, total, sample, failures };
}

export const evaluateSynthetic = (root: string): EvalResult => evaluate(loadSynthetic(root), SYNTHETIC_TARGETS);
export const evaluateReal = (root: string): EvalResult => evaluate(loadReal(root), REAL_TARGETS);
