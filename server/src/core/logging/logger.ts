import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { Environment, LogLevel } from '../config/config.js';
import { REDACTED, redactPaths } from './redaction.js';
import { logContext } from './request-context-store.js';

export type LogFields = Record<string, unknown>;
export type LogLineLevel = Exclude<LogLevel, 'silent'>;

export interface LoggerSettings {
  level: LogLevel;
  /** Decides the format of the lines (see lineFormat) unless `format` is given. */
  environment?: Environment;
  format?: LineFormat;
  /** Where the lines go instead of stdout (tests, which read what was logged). */
  sink?: (line: string) => void;
}

export type LineFormat = 'json' | 'pretty';

/**
 * JSON lines, except for a person at a terminal in development: readable lines (pino-pretty).
 * Output to a pipe or a file stays JSON in every environment, so that whatever collects it can
 * parse it.
 */
export function lineFormat(environment: Environment | undefined, terminal = Boolean(process.stdout.isTTY)): LineFormat {
  return environment === 'development' && terminal ? 'pretty' : 'json';
}

/**
 * The server's log, on pino: one JSON object per line (`level` as a word, `time` in ISO 8601,
 * `msg`), secrets redacted by path (redaction.ts). Inside an HTTP request every line also carries
 * the request's id, and once the caller is known, who it is (see http-logging.ts).
 *
 * The methods take the message first and the fields second, as the code has always called them;
 * `pino` is the logger underneath, for nestjs-pino and for anything that wants pino itself.
 */
export class AppLogger {
  constructor(readonly pino: Logger) {}

  write(level: LogLineLevel, message: string, fields: LogFields = {}): void {
    // The request's own child logger (bound to its id) when there is one.
    (logContext.getStore()?.log ?? this.pino)[level](fields, message);
  }

  debug(message: string, fields?: LogFields): void {
    this.write('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.write('info', message, fields);
  }
  warning(message: string, fields?: LogFields): void {
    this.write('warn', message, fields);
  }
  failure(message: string, fields?: LogFields): void {
    this.write('error', message, fields);
  }
}

/** The Nest injection token of the AppLogger. */
export const LOGGER = Symbol('AppLogger');

export function createLogger(settings: LoggerSettings): AppLogger {
  return new AppLogger(
    pino(
      {
        level: settings.level,
        base: null,
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        serializers: { err: serializeError, error: serializeError },
        redact: { paths: redactPaths, censor: REDACTED },
        // Who is asking, once the request knows (core/tenancy sets it on the request's log context).
        mixin() {
          const context = logContext.getStore();
          const fields: LogFields = {};
          if (context?.userId) fields.userId = context.userId;
          if (context?.organisationId) fields.organisationId = context.organisationId;
          return fields;
        },
      },
      destination(settings),
    ),
  );
}

/**
 * An error as a log line shows it: its type, message, stack and code, and the same of its cause
 * and of the errors it aggregates. Nothing else: a PostgreSQL error's `detail`, for one, holds the
 * values of the row (personal data).
 */
export function serializeError(value: unknown, depth = 0): unknown {
  if (!(value instanceof Error)) return value;
  const error = value as Error & { code?: unknown; cause?: unknown; errors?: unknown };
  const deeper = depth < 3;
  return {
    type: error.name,
    message: error.message,
    stack: error.stack,
    ...(typeof error.code === 'string' || typeof error.code === 'number' ? { code: error.code } : {}),
    ...(deeper && error.cause !== undefined ? { cause: serializeError(error.cause, depth + 1) } : {}),
    ...(deeper && Array.isArray(error.errors) ? { errors: error.errors.slice(0, 5).map((inner) => serializeError(inner, depth + 1)) } : {}),
  };
}

function destination({ environment, format = lineFormat(environment), sink }: LoggerSettings): DestinationStream {
  if (format === 'pretty') {
    const pretty = prettyPrinter(sink);
    if (pretty) return pretty;
  }
  if (sink) return { write: (line: string) => sink(line.endsWith('\n') ? line.slice(0, -1) : line) };
  // Synchronous, so that the last lines before process.exit() (a crash, a stop) are not lost.
  return pino.destination({ dest: 1, sync: true });
}

/**
 * pino-pretty, a development dependency: present wherever `npm start` builds the server, and never
 * loaded in production. Without it the lines stay JSON.
 */
function prettyPrinter(sink: ((line: string) => void) | undefined): DestinationStream | undefined {
  let pretty: (options: Record<string, unknown>) => DestinationStream;
  try {
    pretty = createRequire(import.meta.url)('pino-pretty') as typeof pretty;
  } catch {
    return undefined;
  }
  const destination = sink
    ? new Writable({
        write(chunk: Buffer | string, _encoding, done) {
          for (const line of String(chunk).split('\n')) if (line) sink(line);
          done();
        },
      })
    : undefined;
  return pretty({ sync: true, colorize: !sink, translateTime: 'SYS:HH:MM:ss.l', ...(destination ? { destination } : {}) });
}
