import { Inject, type Type } from '@nestjs/common';
import { Args, Context, ID, Mutation, Resolver, type ReturnTypeFunc } from '@nestjs/graphql';
import type { RoleName } from '../access/role-sets.js';
import { Roles } from '../auth/roles.decorator.js';
import type { Role } from '../../modules/users/role.enum.js';
import type { RequestContext } from '../tenancy/request-context.js';

/** A mutation with one argument that its module's service answers. */
export interface ServiceMutation<S> {
  type: ReturnTypeFunc;
  description?: string;
  /** The argument's name and GraphQL type, and its class for the validation pipe. */
  argument: { name: string; type: ReturnTypeFunc; paramType: Type };
  resolve: (service: S, context: RequestContext, argument: never) => unknown;
}

/** The mutation's description in the schema; for an id, the argument's name where it is not `id`. */
export interface ServiceMutationOptions {
  description?: string;
  name?: string;
}

/** Builds the rows of a table of mutations answered by a service of type `S`. */
export class ServiceMutationTable<S> {
  /** `name(input: Input!)`, validated as the input class. */
  input<I>(input: Type<I>, type: ReturnTypeFunc, resolve: (service: S, context: RequestContext, input: I) => unknown, options: Omit<ServiceMutationOptions, 'name'> = {}): ServiceMutation<S> {
    return { type, description: options.description, argument: { name: 'input', type: () => input, paramType: input }, resolve };
  }

  /** `name(id: ID!)`, or another name for the id. */
  id(type: ReturnTypeFunc, resolve: (service: S, context: RequestContext, id: string) => unknown, options: ServiceMutationOptions = {}): ServiceMutation<S> {
    return { type, description: options.description, argument: { name: options.name ?? 'id', type: () => ID, paramType: String }, resolve };
  }
}

/**
 * The mutations of a module that, once the roles are checked, only hand their one argument to the
 * service, as a table: `ServiceMutationsResolver(ConsentsService, CASE_STAFF, (m) => ({ withdrawConsent:
 * m.id(() => Consent, (service, context, id) => service.withdraw(context, id)) }))`. Each is
 * `@Roles(...roles)`; one with more arguments or rules of its own stays a method of the module's
 * resolver. Register the class among the module's providers.
 */
export function ServiceMutationsResolver<S>(
  service: Type<S>,
  roles: ReadonlyArray<Role | RoleName>,
  table: (mutations: ServiceMutationTable<S>) => Record<string, ServiceMutation<S>>,
): Type<unknown> {
  @Resolver()
  class ServiceMutations {
    constructor(@Inject(service) readonly service: S) {}
  }
  Object.defineProperty(ServiceMutations, 'name', { value: `${service.name}Mutations` });
  for (const [name, mutation] of Object.entries(table(new ServiceMutationTable<S>()))) {
    const descriptor: PropertyDescriptor = {
      value(this: ServiceMutations, context: RequestContext, argument: never) {
        return mutation.resolve(this.service, context, argument);
      },
      writable: true,
      configurable: true,
    };
    const prototype = ServiceMutations.prototype;
    Object.defineProperty(prototype, name, descriptor);
    // What TypeScript writes for a method `(context: RequestContext, input: Input)`: the validation pipe reads it.
    Reflect.defineMetadata('design:paramtypes', [Object, mutation.argument.paramType], prototype, name);
    Context()(prototype, name, 0);
    Args(mutation.argument.name, { type: mutation.argument.type })(prototype, name, 1);
    Roles(...roles)(prototype, name, descriptor);
    Mutation(mutation.type, mutation.description === undefined ? {} : { description: mutation.description })(prototype, name, descriptor);
  }
  return ServiceMutations;
}
