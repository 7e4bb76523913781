/** The environment the command line reads for its own output (the store's variables are parsed in user.ts). */
export interface CliEnv {
  /** https://no-color.org: set to anything non-empty, no colour. */
  noColor: boolean;
}

export function cliEnv(env: Record<string, string | undefined> = process.env): CliEnv {
  return { noColor: (env.NO_COLOR ?? '') !== '' };
}
