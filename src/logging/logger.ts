import pino, { type Logger } from 'pino';
import { currentRequestScope } from './requestScope';

export type { Logger };

/**
 * The process logger: JSON lines for machines, pretty lines when a person watches a terminal.
 * Secrets never reach it: the curator token and database password are redacted by path. A line
 * written while serving a request carries its `requestId` (the x-request-id response header).
 */
export function createLogger(level: string, pretty = process.stdout.isTTY === true, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    mixin: () => {
      const scope = currentRequestScope();
      return scope ? { requestId: scope.requestId } : {};
    },
    redact: {
      paths: [
        'req.headers.authorization',
        'headers.authorization',
        'authorization',
        'password',
        '*.password',
        'token',
        '*.token',
        'curatorToken',
        '*.curatorToken',
      ],
      censor: '[redacted]',
    },
    ...(pretty && !destination ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
