/**
 * `npm run bench:parse`: parses deterministic synthetic news corpora of 1 MB
 * and 10 MB (seeded PRNG, varied quotes, names, sections), each several times
 * (--runs or BENCH_RUNS, default 5), and prints best and median ms and MB/s, the
 * 10 MB / 1 MB time ratio (linear = 10x) and the peak RSS. Beside the wall
 * time it prints the best CPU time (process.cpuUsage, all threads, so the
 * garbage collector's helpers count too): on a shared machine, time spent
 * waiting for a core shows in the wall time only.
 * Figures only; nothing here asserts timing.
 */
import { Command } from 'commander';
import { parseDocument } from '../../server/src/parse';
import { wholeNumber } from '../options';
import { prng } from './corpus';

const GIVEN = ['Amaru', 'Jorvik', 'Prisha', 'Matthias', 'Leilani', 'Tadeo', 'Gretchen', 'Kazuo', 'Farida', 'Osvald', 'Ilse', 'Dorian', 'Clodagh', 'Rajan', 'Hester', 'Silas'];
const FAMILY = ['Okonjo', 'Lindgard', 'Narayan', 'Ruelas', 'Haddadi', 'Kowalczyk', 'Mensa-Bonsu', 'Takeda', 'Rahimi', 'Bergstrand', 'Carrasco', 'Ferrante', 'Duval', 'Iyengar', 'Ashcombe', 'Mwangi'];
const ROLES = ['Mayor', 'Senator', 'Foreign Minister', 'Dr.', 'coach', 'chief executive', 'Professor', 'Police Chief', 'union leader', 'President'];
const ORGS = ['the Harbour Council', 'Northwind Capital', 'the Transit Authority', 'Riverside University', 'the Labour Party', 'City Hospital'];
const VERBS = ['said', 'added', 'explained', 'told reporters', 'insisted', 'warned', 'noted'];
const SPEECH = [
  'We are working on every option available to us',
  'Nobody expected the numbers to move this quickly',
  'This is a difficult moment for the whole community',
  'I have said from the start that we would not give up',
  'The plan is fully funded and it will be delivered on time',
  'There is no easy answer, but doing nothing is not an option',
];
const PROSE = [
  'Officials met for several hours on Tuesday to discuss the proposal.',
  'The vote is expected later this month after a period of consultation.',
  'Critics have argued that the costs were underestimated from the outset.',
  'Figures released last week showed a sharp rise in demand across the region.',
  'Local groups have organised meetings to respond to the announcement.',
];
const HEADINGS = ['What Happens Next', 'A Long Road', 'Reaction in the City', 'Costs and Benefits'];

export function generateCorpus(targetBytes: number, seed: number): string {
  const rnd = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const parts: string[] = [];
  let size = 0;
  let article = 0;
  while (size < targetBytes) {
    article++;
    const people = Array.from({ length: 3 }, () => ({ given: pick(GIVEN), family: pick(FAMILY), role: pick(ROLES) }));
    const lines: string[] = [`Council Debates Plan Number ${article}`, ''];
    const p0 = people[0]!;
    lines.push(`${p0.role} ${p0.given} ${p0.family} said on Thursday, March ${1 + (article % 28)}, that ${pick(ORGS)} would review the plan.`);
    const paragraphs = 8 + Math.floor(rnd() * 8);
    for (let i = 0; i < paragraphs; i++) {
      const p = pick(people);
      const r = rnd();
      if (r < 0.25) lines.push(`"${pick(SPEECH)}," ${p.family} ${pick(VERBS)}. "${pick(SPEECH)}."`);
      else if (r < 0.4) lines.push(`“${pick(SPEECH)},” said ${p.role} ${p.given} ${p.family}, who leads ${pick(ORGS)}.`);
      else if (r < 0.55) lines.push(`${p.given} ${p.family} said the proposal was "${pick(SPEECH).toLowerCase()}" and called it "unfair".`);
      else if (r < 0.65) lines.push(`${p.role} ${p.family} warned: "${pick(SPEECH)}.`, `"${pick(SPEECH)}," she added.`);
      else if (r < 0.72) lines.push(pick(HEADINGS));
      else if (r < 0.76) lines.push(`Read more: ${pick(HEADINGS)} https://example.com/${article}/${i}`);
      else lines.push(`${pick(PROSE)} ${pick(PROSE)} The so-called "fast track" was not discussed.`);
    }
    lines.push('', '');
    const chunk = lines.join('\n');
    parts.push(chunk);
    size += Buffer.byteLength(chunk);
  }
  return parts.join('');
}

interface Run {
  ms: number;
  cpuMs: number;
  quotes: number;
  people: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function bench(label: string, bytes: number, runs: number): { mb: number; best: number; median: number } {
  const text = generateCorpus(bytes, 20240601);
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  const results: Run[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const doc = parseDocument(text, { referenceDate: '2025-01-01' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cpu = process.cpuUsage(c0);
    results.push({ ms, cpuMs: (cpu.user + cpu.system) / 1000, quotes: doc.quotes.length, people: doc.people.length });
  }
  const times = results.map((r) => r.ms);
  const best = Math.min(...times);
  const med = median(times);
  const cpuBest = Math.min(...results.map((r) => r.cpuMs));
  const rate = (ms: number): string => (mb / (ms / 1000)).toFixed(1).padStart(6);
  console.log(
    `${label.padEnd(6)} ${mb.toFixed(2)} MB x${runs}  best ${best.toFixed(0).padStart(6)} ms ${rate(best)} MB/s` +
      `  median ${med.toFixed(0).padStart(6)} ms ${rate(med)} MB/s  cpu best ${cpuBest.toFixed(0).padStart(6)} ms ${rate(cpuBest)} MB/s` +
      `  (${results[0]!.quotes} quotes, ${results[0]!.people} people)`,
  );
  return { mb, best, median: med };
}

if (require.main === module) {
  const { runs } = new Command('npm run bench:parse --')
    .description('Parse synthetic 1 MB and 10 MB news corpora several times; print best and median speed, linearity and peak RSS.')
    .option('--runs <n>', 'runs per corpus (or BENCH_RUNS)', wholeNumber(1), Number(process.env.BENCH_RUNS) || 5)
    .showHelpAfterError('(add --help for the options)')
    .parse()
    .opts<{ runs: number }>();
  // Warm-up on a different corpus so the figures are steady-state, not JIT start-up.
  parseDocument(generateCorpus(2 * 1024 * 1024, 7), { referenceDate: '2025-01-01' });
  const one = bench('1 MB', 1024 * 1024, runs);
  const ten = bench('10 MB', 10 * 1024 * 1024, runs);
  const ratio = (a: number, b: number): string => (a / b).toFixed(1);
  console.log(
    `linearity: 10 MB took ${ratio(ten.best, one.best)}x (best) / ${ratio(ten.median, one.median)}x (median) the time of 1 MB` +
      ` for ${ratio(ten.mb, one.mb)}x the text (linear = 10x); target >= 20 MB/s`,
  );
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`peak RSS: ${peak.toFixed(0)} MB`);
}
