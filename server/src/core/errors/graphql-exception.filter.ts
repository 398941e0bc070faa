import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Without a filter, Nest logs every exception a resolver or guard throws at `error` — a NOT_FOUND
 * or BAD_USER_INPUT as loudly as a crash — before GraphQL sees it. Here a GraphQL exception is
 * handed back unlogged (a resolver that returns an Error fails its field, as if it threw), and
 * Apollo's formatError, which knows which codes are the caller's mistakes, decides how to log it
 * (see error-formatting.ts). HTTP routes keep Nest's own handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
