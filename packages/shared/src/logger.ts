import { type DestinationStream, type LoggerOptions, pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Fields that may hold secrets are redacted wherever they appear; job payloads
 * are never logged whole (log job ids and the few fields that identify the work instead).
 */
export function createLogger(name: string, level = 'info', destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name,
    level,
    base: { service: name },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'secret',
        '*.secret',
        'authorization',
        '*.authorization',
        'headers.cookie',
        '*.headers.cookie',
        'databaseUrl',
        'redisUrl',
      ],
      censor: '[redacted]',
    },
  };
  // Standard output unless told otherwise (tests read the lines back).
  return destination ? pino(options, destination) : pino(options);
}

/** Redis and database URLs with their password hidden, for start-up messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[unparseable url]';
  }
}
