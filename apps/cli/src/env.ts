/** The command line's environment: the one place it reads process.env (commands take it as a parameter). */
export const processEnv = (): Record<string, string | undefined> => process.env;
