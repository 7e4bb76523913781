import type { Command } from 'commander';

export function registerTextCommand(program: Command): void {
  program
    .command('text')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('text is not implemented yet');
    });
}
