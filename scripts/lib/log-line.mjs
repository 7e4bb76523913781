// How `npm start` shows its children's pino JSON lines: one short readable line each, always with its time.

const LEVELS = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };

/** The clock time of an ISO timestamp ("2026-12-04T15:02:03.456Z" → "15:02:03"), or the time now. */
function clockTime(iso) {
  const at = typeof iso === 'string' && !Number.isNaN(Date.parse(iso)) ? new Date(iso) : new Date();
  return at.toISOString().slice(11, 19);
}

/**
 * One line of a child's output as shown: "15:02:03 WARN feed poll failed: https://…: HTTP 503 (job 42)". A line
 * that is not JSON (a stack a crash printed) is shown as it is, after the time.
 * @param {string} line
 * @returns {string}
 */
export function formatLogLine(line) {
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return `${clockTime()} ${line}`;
  }
  if (typeof entry !== 'object' || entry === null) return `${clockTime()} ${line}`;
  const level = LEVELS[entry.level] ?? '';
  const job = entry.jobId ? ` (job ${entry.jobId})` : '';
  const err = typeof entry.err === 'string' ? entry.err : entry.err?.message;
  return `${clockTime(entry.time)} ${level} ${entry.msg ?? ''}${job}${err ? `: ${err}` : ''}`;
}
