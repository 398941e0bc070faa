import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let schema: GraphQLSchema;
beforeAll(async () => {
  t = await startTestApp();
  schema = t.app.get(GraphQLSchemaHost).schema;
});
afterAll(async () => t?.close());

/** Every field of an object type (not Query, Mutation, Subscription) that has a resolver of its own. */
function fieldResolvers(): Array<{ name: string; field: GraphQLField<unknown, unknown> }> {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((type) => type!.name));
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !roots.has(type.name) && !type.name.startsWith('__'))
    .flatMap((type) => Object.values(type.getFields()).map((field) => ({ name: `${type.name}.${field.name}`, field })))
    // A plain property gets Nest's `rootFieldResolver`, which reads it (and is synchronous).
    .filter(({ field }) => typeof field.resolve === 'function' && field.resolve.name !== 'rootFieldResolver');
}

describe('field resolvers (issue 10)', () => {
  it('without arguments are the resolver methods themselves, bound by Nest without its context creator', () => {
    const withoutArguments = fieldResolvers().filter(({ field }) => field.args.length === 0);
    // The page of cases alone resolves these for every row: they must be among them.
    expect(withoutArguments.map(({ name }) => name)).toEqual(
      expect.arrayContaining(['ReferralCase.returnee', 'ReferralCase.referrals', 'Referral.to', 'ReferralCase.viewerIsOwner', 'Referral.case']),
    );
    // Nest's fast path hands graphql-js the resolver method itself, bound to its instance
    // (`bound viewerIsOwner`); with a parameter decorator (`@Parent()`, `@Context()`) the field
    // gets Nest's context creator instead (`bound target`), its pipes and promises on every row.
    const wrapped = withoutArguments.filter(({ name, field }) => !isMethodItself(name, field)).map(({ name, field }) => `${name} (${field.resolve!.name})`);
    expect(wrapped, 'write these `field(parent: T, _args: NoArgs, context: RequestContext)` without parameter decorators').toEqual([]);
  });

  it('with arguments still pass through Nest, where the arguments are checked', () => {
    const withArguments = fieldResolvers().filter(({ field }) => field.args.length > 0);
    expect(withArguments.map(({ name }) => name)).toContain('ReferralCase.auditTrail');
    expect(withArguments.filter(({ name, field }) => isMethodItself(name, field)).map(({ name }) => name)).toEqual([]);
  });
});

/** The resolver is the method named after the field, bound (once by Nest, and again where the schema is merged). */
function isMethodItself(name: string, field: GraphQLField<unknown, unknown>): boolean {
  return /^(bound )+(\w+)$/.exec(field.resolve!.name)?.[2] === name.split('.')[1];
}
