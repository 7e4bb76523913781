/** One pino JSON line as `npm start` shows it: time, level, message, job and error. */
export function formatLogLine(line: string): string;
