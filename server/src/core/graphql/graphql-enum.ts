import { registerEnumType } from '@nestjs/graphql';

/** The values of an enum made by graphqlEnum, as a type: `export type Sex = EnumValue<typeof Sex>`. */
export type EnumValue<E> = E[keyof E];

/**
 * A string enum for TypeScript and GraphQL at once: each value is its own name (`Sex.FEMALE ===
 * 'FEMALE'`), and the GraphQL enum is registered under `name`. Values come as a list, or as an
 * object from each value to its description in the schema.
 */
export function graphqlEnum<const V extends string>(
  name: string,
  values: readonly V[] | { readonly [K in V]: string },
  description?: string,
): { readonly [K in V]: K } {
  const list: readonly V[] = isList(values) ? values : (Object.keys(values) as V[]);
  const members = Object.freeze(Object.fromEntries(list.map((value) => [value, value]))) as { readonly [K in V]: K };
  registerEnumType(members, {
    name,
    ...(description === undefined ? {} : { description }),
    ...(isList(values)
      ? {}
      : { valuesMap: Object.fromEntries(list.map((value) => [value, { description: values[value] }])) as never }),
  });
  return members;
}

function isList<V extends string>(values: readonly V[] | { readonly [K in V]: string }): values is readonly V[] {
  return Array.isArray(values);
}
