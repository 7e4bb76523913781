import { type CliEnv, cliEnv } from './env.js';

/** Colour only for a person at a terminal who has not asked for none (NO_COLOR). */
export function colourWanted(stream: { isTTY?: boolean } = process.stdout, env: CliEnv = cliEnv()): boolean {
  return stream.isTTY === true && !env.noColor;
}

/** cli-table3's style: its default red headings and grey borders only when colour is wanted. */
export function tableStyle(): { head: string[]; border: string[] } {
  return colourWanted() ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] };
}

/**
 * A reader that closed the pipe (`parallax … | head`) has all it wants: end quietly, as other Unix tools do,
 * rather than with an EPIPE stack trace.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
}
