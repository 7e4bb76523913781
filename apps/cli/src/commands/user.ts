import type { Command } from 'commander';

export function registerUserCommand(program: Command): void {
  program
    .command('user')
    .description('(not yet implemented)')
    .action(() => {
      throw new Error('user is not implemented yet');
    });
}
