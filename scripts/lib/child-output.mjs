// A child's pino JSON lines, shown as short readable lines under its name. The last error it reported is kept,
// so the launcher can say why it exited, and a chosen message tells that it is ready.
import { formatLogLine } from './log-line.mjs';

const ERROR_LEVEL = 50;

/**
 * A plain stderr line that can say why a process ended: an uncaught exception's "Error: message" or a message
 * written before the logger existed; not the indented stack and source lines, the file:line heading, or
 * Node's version footer.
 */
const isPlainErrorLine = (line) => /^\S/.test(line) && !/^Node\.js v\d/.test(line) && !/:\d+$/.test(line);

/** One output line as the terminal shows it, its message, and whether that reports an error. */
function readLine(line, fromStderr) {
  // Every line shows its time (see log-line.mjs), JSON or not.
  const text = formatLogLine(line);
  try {
    const j = JSON.parse(line);
    const message = `${j.msg ?? ''}${j.err?.message ? `: ${j.err.message}` : ''}`;
    return { text, message, msg: j.msg, isError: j.level >= ERROR_LEVEL };
  } catch {
    return { text, message: line.trim(), msg: null, isError: fromStderr && isPlainErrorLine(line) };
  }
}

/**
 * Streams a child's stdout and stderr under its name. `lastError()` is the last error it reported; `ready`
 * resolves when it logs `readyMessage`.
 */
export function showChildOutput(name, child, write, readyMessage) {
  let lastError = null;
  let markReady;
  const ready = new Promise((resolve) => {
    markReady = resolve;
  });
  for (const [stream, fromStderr] of [
    [child.stdout, false],
    [child.stderr, true],
  ]) {
    let buf = '';
    stream?.on('data', (chunk) => {
      buf += chunk;
      for (let nl = buf.indexOf('\n'); nl >= 0; nl = buf.indexOf('\n')) {
        const line = readLine(buf.slice(0, nl), fromStderr);
        buf = buf.slice(nl + 1);
        if (line.isError && line.message) lastError = line.message;
        if (readyMessage !== undefined && line.msg === readyMessage) markReady();
        if (line.text.trim()) write(`\x1b[90m[${name}]\x1b[0m ${line.text}\n`);
      }
    });
  }
  return { lastError: () => lastError, ready };
}
