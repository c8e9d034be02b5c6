/**
 * `npm run fuzz [-- --runs N --seed S]`: fast-check runs news-shaped
 * documents through parseDocument and checks the contract on each (no throw
 * but the documented ParseError, quote and paragraph offsets slice back,
 * speakers are people, deterministic on every 10th document). Prints counts,
 * time and, on failure, the counterexample with the seed and path that
 * replay it: `npm run fuzz -- --seed S --path P`.
 */
import { Command } from 'commander';
import fc from 'fast-check';
import { anyDocument, checkParse, emptyStats } from './fuzz/arbitraries';
import { wholeNumber } from './options';

const options = new Command('npm run fuzz --')
  .description('News-shaped documents through parseDocument, checking the parser contract on each.')
  .option('--runs <n>', 'documents to generate', wholeNumber(1), 100_000)
  .option('--seed <n>', 'fast-check seed (default: from the clock, printed)', wholeNumber(0))
  .option('--path <path>', 'replay one counterexample (printed with its seed on failure)')
  .showHelpAfterError('(add --help for the options)')
  .parse()
  .opts<{ runs: number; seed?: number; path?: string }>();
const runs = options.runs;
const seed = options.seed ?? Date.now() % 2 ** 31;
const replayPath = options.path;

const stats = emptyStats();
let bytes = 0;
const started = process.hrtime.bigint();
const result = fc.check(
  fc.property(anyDocument, (text) => {
    bytes += text.length;
    const violation = checkParse(text, stats, stats.documents % 10 === 0);
    if (violation) throw new Error(violation);
  }),
  { numRuns: runs, seed, path: replayPath, endOnFailure: false },
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;

console.log(`parser fuzz: ${result.numRuns} documents (seed ${seed}), ${seconds.toFixed(1)} s, ${Math.round(result.numRuns / seconds)} documents/s, ${(bytes / 1e6).toFixed(1)} M characters`);
console.log(`  refused with ParseError (broken front matter): ${stats.parseErrors}; quotes found: ${stats.quotes}; people: ${stats.people}; warnings: ${stats.warnings}`);
if (result.failed) {
  console.log(`FAILED after ${result.numRuns} runs (${result.numShrinks} shrinks): ${result.errorInstance instanceof Error ? result.errorInstance.message : String(result.error)}`);
  console.log(`  counterexample: ${JSON.stringify(result.counterexample?.[0])}`);
  console.log(`  replay: npm run fuzz -- --runs ${runs} --seed ${result.seed} --path ${result.counterexamplePath}`);
  process.exitCode = 1;
} else {
  console.log('  failures: 0');
}
