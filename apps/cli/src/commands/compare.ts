import type { Command } from 'commander';

export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('compare is not implemented yet');
    });
}
