import { describe, expect, it } from 'vitest';
import { formatLogLine } from '../../scripts/lib/log-line.mjs';

describe("npm start's log lines", () => {
  it('show the time, level, message, job and error of a pino line', () => {
    const line = JSON.stringify({
      level: 40,
      time: '2026-12-04T15:02:03.456Z',
      msg: 'feed poll failed: https://outlet.example/rss: HTTP 503',
      jobId: '42',
      feedUrl: 'https://outlet.example/rss',
    });
    expect(formatLogLine(line)).toBe('15:02:03 WARN feed poll failed: https://outlet.example/rss: HTTP 503 (job 42)');
    expect(formatLogLine(JSON.stringify({ level: 50, time: '2026-12-04T01:00:00.000Z', msg: 'x', err: 'boom' }))).toBe(
      '01:00:00 ERROR x: boom',
    );
  });

  it('put a time before a line that is not JSON', () => {
    expect(formatLogLine('    at main (file.js:1:1)')).toMatch(/^\d\d:\d\d:\d\d {5}at main/);
  });
});
