import type { QuietHours } from './rules.js';

const MINUTES_PER_DAY = 24 * 60;

const minutesOf = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** Minutes and seconds since local midnight in a zone. */
function localClock(now: Date, timeZone: string): { minutes: number; seconds: number } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { minutes: part('hour') * 60 + part('minute'), seconds: part('second') };
}

/**
 * How long an alert raised now must be held before it may reach a person: 0 outside quiet hours, else
 * the time until they end. Hours may wrap midnight (22:00 to 07:00). Equal start and end mean none.
 */
export function quietHoursDelayMs(quiet: QuietHours | null, now: Date = new Date()): number {
  if (!quiet) return 0;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return 0;
  const { minutes, seconds } = localClock(now, quiet.timeZone);
  const inside = start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
  if (!inside) return 0;
  const minutesLeft = (end - minutes + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return Math.max(0, (minutesLeft * 60 - seconds) * 1_000 - now.getMilliseconds());
}
