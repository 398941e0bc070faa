import { Inject, type Type } from '@nestjs/common';
import { ResolveField, Resolver, type ReturnTypeFunc } from '@nestjs/graphql';
import type { RequestContext } from '../tenancy/request-context.js';

/**
 * The arguments object graphql-js hands a field that takes none. A field resolver without
 * arguments is written `field(parent: T, _args: NoArgs, context: RequestContext)`, with no
 * parameter decorators: Nest then binds the method to graphql-js as it is (its fast path), where
 * `@Parent()` or `@Context()` would put Nest's context creator and parameter pipes, and the promises
 * they make, on every field of every row of a page (issue 10). `test/architecture/field-resolvers.test.ts`
 * holds every resolver to it.
 */
export type NoArgs = Readonly<Record<string, never>>;

/** A field resolved from its parent object alone: its GraphQL type and options, as `@ResolveField` takes them. */
export interface ParentField<R, T> {
  type: ReturnTypeFunc;
  /** Answers the field; `resolver` is the instance of the resolver class that holds it. */
  resolve: (resolver: R, context: RequestContext, parent: T) => unknown;
  nullable?: boolean;
  description?: string;
}

/** Adds each field as a `@ResolveField` method `(parent, args, context)` to a resolver class, bound by Nest as it is. */
export function addParentFields<R extends object, T>(resolver: Type<R>, fields: Record<string, ParentField<R, T>>): void {
  for (const [name, field] of Object.entries(fields)) {
    // Named after the field, as a hand-written resolver method is.
    const { [name]: method } = {
      [name](this: R, parent: T, _args: NoArgs, context: RequestContext) {
        return field.resolve(this, context, parent);
      },
    };
    const descriptor: PropertyDescriptor = {
      value: method,
      writable: true,
      configurable: true,
    };
    Object.defineProperty(resolver.prototype, name, descriptor);
    const options = { ...(field.nullable ? { nullable: true } : {}), ...(field.description ? { description: field.description } : {}) };
    ResolveField(field.type, options)(resolver.prototype, name, descriptor);
  }
}

/** A field of a type that its module's service answers from the parent object. */
export interface ServiceField<S, T> extends Omit<ParentField<unknown, T>, 'resolve'> {
  resolve: (service: S, context: RequestContext, parent: T) => unknown;
}

/**
 * The resolver of `type`'s fields that only hand the parent to a method of `service`:
 * `ServiceFieldsResolver(FollowUp, FollowUpService, { arrival: { type: () => Arrival, nullable: true,
 * resolve: (service, context, f) => service.arrival(context, f) } })`. A field with rules of its
 * own stays a method of the module's resolver. Register the class among the module's providers.
 */
export function ServiceFieldsResolver<S, T>(type: Type<T>, service: Type<S>, fields: Record<string, ServiceField<S, T>>): Type<unknown> {
  @Resolver(() => type)
  class ServiceFields {
    constructor(@Inject(service) readonly service: S) {}
  }
  Object.defineProperty(ServiceFields, 'name', { value: `${type.name}${service.name}Fields` });
  addParentFields<ServiceFields, T>(
    ServiceFields,
    Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, { ...field, resolve: (resolver, context, parent) => field.resolve(resolver.service, context, parent) }])),
  );
  return ServiceFields;
}
