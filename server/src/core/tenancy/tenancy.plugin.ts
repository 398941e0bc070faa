import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '../errors/app-error.js';
import { languageOfRefusal } from '../errors/caller-language.js';
import { deniedAccesses, translateErrors } from '../errors/error-formatting.js';
import { auditAccess, flushAccessAudit, writeAccessAuditInRequest } from '../audit/audit.js';
import { isDatabaseBusy } from '../database/pool-errors.js';
import { commitsOnItsOwn } from './self-committing-operations.js';
import type { AppLogger } from '../logging/logger.js';
import type { RequestContext } from './request-context.js';

function hasErrors(response: GraphQLRequestContextWillSendResponse<RequestContext>['response']): boolean {
  return response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0;
}

function isBusy(response: GraphQLRequestContextWillSendResponse<RequestContext>['response']): boolean {
  return response.body.kind === 'single' && (response.body.singleResult.errors ?? []).some((error) => error.extensions?.code === ErrorCode.BUSY);
}

/**
 * Runs each GraphQL operation in one transaction. It opens when the operation is known and
 * closes when the response is about to be sent — after every field resolver and DataLoader batch
 * has run (a Nest interceptor would close it too early). Any error rolls the whole operation back,
 * so a mutation happens whole or not at all. Last, every error is written in the caller's language.
 *
 * The few mutations that must commit on their own (see self-committing-operations.ts) get no
 * request transaction up front: they take and release their own, one at a time.
 */
export function tenancyPlugin(dataSource: DataSource, logger: AppLogger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, operationName, document }) {
          contextValue.res.locals.operationName = operationName ?? operation?.operation;
          if (operation && commitsOnItsOwn(operation, document)) {
            await contextValue.authenticate(dataSource);
          } else {
            await contextValue.begin(dataSource);
          }
        },
        async willSendResponse({ contextValue, response }) {
          const commit = !hasErrors(response);
          try {
            // What the answer read is written with the request's own commit (one statement).
            if (commit && contextValue.holdsTransaction) {
              await writeAccessAuditInRequest(contextValue).catch(async (error: unknown) => {
                await contextValue.finish(false).catch(() => undefined);
                throw error;
              });
            }
            await contextValue.finish(commit);
          } catch (error) {
            // A rollback that fails because the connection is gone has nothing left to undo (the
            // database ended the transaction): the answer already says what went wrong. A failed
            // commit leaves the outcome unknown, and is an internal error.
            if (!commit && isDatabaseBusy(error)) {
              logger.warning('request transaction lost its connection', { error });
            } else {
              logger.failure('request transaction failed to commit', { error });
            }
            if (response.body.kind === 'single' && (commit || !isDatabaseBusy(error))) {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [
                { message: ErrorCode.INTERNAL_SERVER_ERROR, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } },
              ];
            }
          }
          // Every refusal is on record, and so is every read that reaches the caller.
          for (const denial of deniedAccesses(response)) {
            auditAccess(contextValue, {
              action: 'access.denied',
              entityType: denial.entityType ?? 'operation',
              entityId: denial.entityId ?? null,
              subjectOrganisationId: null,
              details: { code: denial.code, path: denial.path?.join('.') ?? null, operation: contextValue.res.locals.operationName ?? null },
            });
          }
          try {
            await flushAccessAudit(dataSource, contextValue);
          } catch (error) {
            // Nothing leaves without its trace: if the trail cannot be written, neither is the answer.
            const busy = isDatabaseBusy(error);
            if (!busy) logger.failure('audit trail could not be written', { error });
            const code = busy ? ErrorCode.BUSY : ErrorCode.INTERNAL_SERVER_ERROR;
            if (response.body.kind === 'single') {
              response.body.singleResult.data = null;
              response.body.singleResult.errors = [{ message: code, extensions: { code, ...(busy ? { retryAfterSeconds: 1 } : {}) } }];
            }
          }
          // Last, so that a failed commit is reported in the caller's language too. An operation refused
          // before it ran (parse or validation) never loaded its actor: the signed-in user's language
          // is looked up now, with the connection given back — unless connections are what ran out.
          if (hasErrors(response)) {
            const language = isBusy(response) ? contextValue.language : await languageOfRefusal(contextValue, dataSource);
            translateErrors(language, response);
          }
        },
      };
    },
  };
}
