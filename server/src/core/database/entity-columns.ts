import { Field, GraphQLISODateTime, ID, Int, type ReturnTypeFunc } from '@nestjs/graphql';
import { Column, PrimaryGeneratedColumn, type ColumnType } from 'typeorm';
import { DateScalar } from '../graphql/date.scalar.js';

// Entities name each column after its property in snake_case (firstName → first_name), and most
// columns are GraphQL fields of the same nullability: these decorators say both once.

type GraphqlType = ReturnTypeFunc;

export interface StoredOptions {
  /** The column's name where it is not the property's in snake_case. */
  name?: string;
  nullable?: boolean;
  array?: boolean;
}

export interface FieldColumnOptions extends StoredOptions {
  /** The GraphQL type of one value, where the column's type does not say it (see graphqlTypes). */
  graphql?: GraphqlType;
  description?: string;
}

/** The GraphQL type a column type stands for, unless the field says otherwise. */
const graphqlTypes: Partial<Record<string, GraphqlType>> = {
  text: () => String,
  boolean: () => Boolean,
  integer: () => Int,
  date: () => DateScalar,
  timestamptz: () => GraphQLISODateTime,
};

function snakeCase(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** A column only the server reads. */
export function DbColumn(type: ColumnType, { name, nullable, array }: StoredOptions = {}): PropertyDecorator {
  return (target, property) => {
    Column({
      name: name ?? snakeCase(String(property)),
      type,
      ...(nullable ? { nullable } : {}),
      ...(array ? { array } : {}),
    })(target, property);
  };
}

/** A column that is also a GraphQL field, nullable in both or in neither. */
export function FieldColumn(type: ColumnType, options: FieldColumnOptions = {}): PropertyDecorator {
  const { graphql = graphqlTypes[String(type)], description, nullable, array } = options;
  const fieldOptions = { ...(nullable ? { nullable } : {}), ...(description === undefined ? {} : { description }) };
  return (target, property) => {
    DbColumn(type, options)(target, property);
    if (!graphql) Field(fieldOptions)(target, property);
    else Field(array ? () => [graphql()] : graphql, fieldOptions)(target, property);
  };
}

/** The row's own id, made by the database, shown as an ID. */
export function GeneratedId(): PropertyDecorator {
  return (target, property) => {
    PrimaryGeneratedColumn('uuid')(target, property);
    Field(() => ID)(target, property);
  };
}
