/** The environment the command line reads for its own output (the store's variables are parsed in user.ts). */
export interface CliEnv {
  /** https://no-color.org: set to anything non-empty, no colour. */
  noColor: boolean;
}

export function cliEnv(env: Record<string, string | undefined> = process.env): CliEnv {
  return { noColor: (env.NO_COLOR ?? '') !== '' };
}
/** The command line's environment: the one place it reads process.env (commands take it as a parameter). */
export const processEnv = (): Record<string, string | undefined> => process.env;
