/**
 * `npm run bench:parse`: parses deterministic synthetic news corpora of 1 MB
 * and 10 MB (seeded PRNG, varied quotes, names, sections) and prints MB/s.
 * Figures only; nothing here asserts timing.
 */
import { parseDocument } from '../../server/src/parse';

/** mulberry32: tiny, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

function bench(label: string, bytes: number): number {
  const text = generateCorpus(bytes, 20240601);
  const mb = Buffer.byteLength(text) / (1024 * 1024);
  const t0 = process.hrtime.bigint();
  const doc = parseDocument(text, { referenceDate: '2025-01-01' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const rate = mb / (ms / 1000);
  console.log(`${label.padEnd(6)} ${mb.toFixed(2)} MB  ${ms.toFixed(0).padStart(6)} ms  ${rate.toFixed(1).padStart(6)} MB/s  (${doc.quotes.length} quotes, ${doc.people.length} people)`);
  return rate;
}

if (require.main === module) {
  // Warm-up on a different corpus so the figures are steady-state, not JIT start-up.
  parseDocument(generateCorpus(2 * 1024 * 1024, 7), { referenceDate: '2025-01-01' });
  const r1 = bench('1 MB', 1024 * 1024);
  const r10 = bench('10 MB', 10 * 1024 * 1024);
  console.log(`growth: 10 MB took ${(r1 / r10 * 10).toFixed(1)}x the time of 1 MB (linear = 10x); target >= 20 MB/s`);
}
