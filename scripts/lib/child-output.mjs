// A child's pino JSON lines, shown as short readable lines under its name; the last error line is kept so
// the launcher can say why the child exited.
const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const ERROR_LEVEL = 50;

/** One log line as the terminal shows it, and whether it reports an error. */
function readable(line) {
  try {
    const j = JSON.parse(line);
    const text = `${LEVELS[j.level] ?? ''} ${j.msg ?? ''}${j.jobId ? ` (job ${j.jobId})` : ''}${j.err?.message ? `: ${j.err.message}` : ''}`;
    return {
      text,
      isError: j.level >= ERROR_LEVEL,
      message: `${j.msg ?? ''}${j.err?.message ? `: ${j.err.message}` : ''}`,
    };
  } catch {
    // Not pino's: an uncaught exception's stack or a message written before the logger existed.
    return { text: line, isError: /error/i.test(line), message: line.trim() };
  }
}

/** Streams a child's stdout and stderr under its name; `lastError()` is the last error it reported. */
export function showChildOutput(name, child, write) {
  let lastError = null;
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream?.on('data', (chunk) => {
      buf += chunk;
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const shown = readable(line);
        if (shown.isError && shown.message) lastError = shown.message;
        if (shown.text.trim()) write(`\x1b[90m[${name}]\x1b[0m ${shown.text}\n`);
      }
    });
  }
  return { lastError: () => lastError };
}
