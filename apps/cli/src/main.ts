import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { registerCompareCommand } from './commands/compare.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerFeedCommand } from './commands/feed.js';
import { registerTextCommand } from './commands/text.js';
import { registerUserCommand } from './commands/user.js';

export function buildProgram(): Command {
  const program = new Command('parallax')
    .description('Parallax: see where outlets reporting the same story disagree on the figures.')
    .showHelpAfterError();
  registerExtractCommand(program);
  registerCompareCommand(program);
  registerTextCommand(program);
  registerFeedCommand(program);
  registerUserCommand(program);
  return program;
}

/**
 * Runs the command line. A failed command is one line on stderr ("parallax: <message>", no stack trace)
 * and exit code 1, whether run from the build (bin/parallax.mjs) or from source.
 */
export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.stderr.write(`parallax: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}

// Run directly (from source through tsx) rather than imported by bin/parallax.mjs.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv);
