import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** The largest amount accepted: a thousand billion of a currency's major unit at three decimals. */
export const MAX_MINOR_UNITS = 1_000_000_000_000_000;

function check(value: unknown): number {
  const amount = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof amount === 'number' && Number.isSafeInteger(amount) && amount >= 0 && amount <= MAX_MINOR_UNITS) return amount;
  throw new GraphQLError(`MinorUnits cannot represent "${String(value)}": expected a whole number from 0 to ${MAX_MINOR_UNITS}.`);
}

/**
 * Money as integer minor units of its currency's ISO 4217 exponent (öre, cents, fening; fils for
 * the Iraqi dinar, three decimals). GraphQL's Int stops at 2^31 − 1, which in fils is barely two
 * million dinars; this scalar carries any safe integer as a JSON number (bigint in the database).
 */
export const MinorUnitsScalar = new GraphQLScalarType({
  name: 'MinorUnits',
  description: "An amount in integer minor units of its currency (ISO 4217 exponent: öre, cents, fening, fils), as a JSON number.",
  serialize: check,
  parseValue: check,
  parseLiteral(ast) {
    if (ast.kind !== Kind.INT) throw new GraphQLError('MinorUnits must be a whole number.');
    return check(Number(ast.value));
  },
});
