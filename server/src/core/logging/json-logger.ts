import type { LoggerService } from '@nestjs/common';
import type { LogLevel } from '../config/config.js';
import { redact } from './redact.js';
import { logContext } from './request-context-store.js';

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogSink = (line: string) => void;

/**
 * One JSON object per line on stdout, with the request id of the request being served.
 * Secrets are removed by key name before anything is written (see redact.ts).
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly level: LogLevel,
    private readonly sink: LogSink = (line) => process.stdout.write(`${line}\n`),
  ) {}

  write(level: Exclude<LogLevel, 'silent'>, message: string, fields: Record<string, unknown> = {}): void {
    if (rank[level] < rank[this.level]) return;
    const context = logContext.getStore();
    const entry = {
      time: new Date().toISOString(),
      level,
      msg: message,
      ...(context ?? {}),
      ...(redact(fields) as Record<string, unknown>),
    };
    this.sink(JSON.stringify(entry));
  }

  debug(message: string, fields?: Record<string, unknown>): void {
    this.write('debug', message, fields);
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.write('info', message, fields);
  }
  warning(message: string, fields?: Record<string, unknown>): void {
    this.write('warn', message, fields);
  }
  failure(message: string, fields?: Record<string, unknown>): void {
    this.write('error', message, fields);
  }

  // LoggerService, for Nest's own messages: (message, ...optionalParams) with the context last.
  log(message: unknown, ...params: unknown[]): void {
    this.write('info', String(message), nestFields(params));
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', String(message), nestFields(params));
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', String(message), nestFields(params));
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('debug', String(message), nestFields(params));
  }
}

function nestFields(params: unknown[]): Record<string, unknown> {
  if (params.length === 0) return {};
  const context = params[params.length - 1];
  const rest = params.slice(0, -1);
  return {
    ...(typeof context === 'string' ? { context } : {}),
    ...(rest.length > 0 ? { detail: rest } : {}),
  };
}

/** The Nest injection token of the JsonLogger. */
export const LOGGER = Symbol('JsonLogger');
