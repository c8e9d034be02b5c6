import { Command } from 'commander';
import { registerParseCommand } from './cli/parse';
import { registerImportCommand } from './cli/import';
import { registerFeedsCommand } from './cli/feeds';
import { registerJobsCommand } from './cli/jobs';

const program = new Command();
program
  .name('newsroom')
  .description('Parse news articles and import them into Strapi as linked records.')
  .showHelpAfterError();

registerParseCommand(program);
registerImportCommand(program);
registerFeedsCommand(program);
registerJobsCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`newsroom: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
