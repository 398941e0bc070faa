import type { Type } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import type { Connection, PageArgs } from '../../core/graphql/pagination.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { OUTREACH_STAFF } from './outreach.policy.js';

/** What the service of one kind of outreach record answers (outreach-record.service.ts and its subclasses). */
export interface OutreachRecordOperations<T, Filter, RecordInput, UpdateInput> {
  list(context: RequestContext, filter: Filter | null | undefined, first: number, after?: string | null): Promise<Connection<T>>;
  get(context: RequestContext, id: string): Promise<T>;
  record(context: RequestContext, input: RecordInput): Promise<T>;
  update(context: RequestContext, input: UpdateInput): Promise<T>;
  remove(context: RequestContext, id: string): Promise<string>;
  completeFollowUp(context: RequestContext, id: string): Promise<T>;
}

/** One kind of outreach record in the API: its types, and the names and descriptions of its operations. */
export interface OutreachRecordApi {
  entity: Type;
  connection: Type;
  args: Type<PageArgs>;
  recordInput: Type;
  updateInput: Type;
  /** GraphQL names: the list, one record, and its mutations. */
  names: { list: string; one: string; record: string; update: string; delete: string; completeFollowUp: string };
  listDescription: string;
  deleteDescription: string;
}

/**
 * The queries and mutations that outreach activities and staff consultations have alike (list,
 * one, record, update, delete, follow-up done), each handed to the record's service. The module's
 * resolver extends it and adds the record's own fields. The parameter types are set for each
 * method, as TypeScript would write them, so that the validation pipe checks the right classes.
 */
export function OutreachRecordResolver<T, Filter, RecordInput, UpdateInput>(api: OutreachRecordApi) {
  type ListArgs = PageArgs & { filter?: Filter | null };

  @Resolver({ isAbstract: true })
  abstract class OutreachRecordResolverHost {
    constructor(protected readonly service: OutreachRecordOperations<T, Filter, RecordInput, UpdateInput>) {}

    @Query(() => api.connection, { name: api.names.list, description: api.listDescription })
    list(@Context() context: RequestContext, @Args({ type: () => api.args }) args: ListArgs): Promise<Connection<T>> {
      return this.service.list(context, args.filter, args.first, args.after);
    }

    @Query(() => api.entity, { name: api.names.one })
    one(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<T> {
      return this.service.get(context, id);
    }

    @Roles(...OUTREACH_STAFF)
    @Mutation(() => api.entity, { name: api.names.record })
    record(@Context() context: RequestContext, @Args('input', { type: () => api.recordInput }) input: RecordInput): Promise<T> {
      return this.service.record(context, input);
    }

    @Roles(...OUTREACH_STAFF)
    @Mutation(() => api.entity, { name: api.names.update })
    update(@Context() context: RequestContext, @Args('input', { type: () => api.updateInput }) input: UpdateInput): Promise<T> {
      return this.service.update(context, input);
    }

    @Roles(...OUTREACH_STAFF)
    @Mutation(() => ID, { name: api.names.delete, description: api.deleteDescription })
    remove(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<string> {
      return this.service.remove(context, id);
    }

    @Roles(...OUTREACH_STAFF)
    @Mutation(() => api.entity, { name: api.names.completeFollowUp })
    completeFollowUp(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<T> {
      return this.service.completeFollowUp(context, id);
    }
  }
  const prototype = OutreachRecordResolverHost.prototype;
  Reflect.defineMetadata('design:paramtypes', [Object, api.args], prototype, 'list');
  Reflect.defineMetadata('design:paramtypes', [Object, api.recordInput], prototype, 'record');
  Reflect.defineMetadata('design:paramtypes', [Object, api.updateInput], prototype, 'update');
  return OutreachRecordResolverHost;
}
