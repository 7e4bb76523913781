import { CommanderError } from 'commander';

/** Any message as the one line a failed command prints: "parallax: <message>", no stack, no usage. */
export function oneLineError(message: string): string {
  const text = message
    .replace(/^error: /, '')
    .trim()
    .replace(/\s*\n\s*/g, ' ');
  return `parallax: ${text}\n`;
}

/**
 * The exit code of a command that threw. Commander's own stops (--help, --version, a bad option) have printed
 * their line already; anything else is printed here.
 */
export function reportFailure(err: unknown, stderr: { write(text: string): unknown } = process.stderr): number {
  if (err instanceof CommanderError) return err.exitCode;
  stderr.write(oneLineError(err instanceof Error ? err.message : String(err)));
  return 1;
}
