import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { registerCompareCommand } from './commands/compare.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerFeedCommand } from './commands/feed.js';
import { registerTextCommand } from './commands/text.js';
import { registerUserCommand } from './commands/user.js';
import { oneLineError, reportFailure } from './errors.js';
import { endQuietlyOnClosedPipe } from './output.js';
import { cliVersion } from './version.js';

export function buildProgram(): Command {
  // Set before the commands are added, so each inherits them: errors are one line, usage only with --help.
  const program = new Command('parallax')
    .description('Parallax: see where outlets reporting the same story disagree on the figures.')
    .version(cliVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(oneLineError(message)) });
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
  endQuietlyOnClosedPipe();
  if (argv.length <= 2) {
    process.stderr.write(oneLineError('a command is needed: extract, compare, text or user (--help says more)'));
    process.exitCode = 1;
    return;
  }
  try {
    await buildProgram().parseAsync(argv);
  } catch (err) {
    process.exitCode = reportFailure(err);
  }
}

// Run directly (from source through tsx) rather than imported by bin/parallax.mjs.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv);
