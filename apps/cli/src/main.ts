import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { registerCompareCommand } from './commands/compare.js';
import { registerExtractCommand } from './commands/extract.js';
import { registerTextCommand } from './commands/text.js';
import { registerUserCommand } from './commands/user.js';

export function buildProgram(): Command {
  const program = new Command('parallax')
    .description('Parallax: see where outlets reporting the same story disagree on the figures.')
    .showHelpAfterError();
  registerExtractCommand(program);
  registerCompareCommand(program);
  registerTextCommand(program);
  registerUserCommand(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}

// Run directly (from source through tsx) rather than imported by bin/parallax.mjs.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv).catch((err: unknown) => {
    process.stderr.write(`parallax: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
