import { applyDecorators, type Type as Class } from '@nestjs/common';
import { Field, type FieldOptions } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';

export interface NestedInputOptions extends Pick<FieldOptions, 'nullable' | 'description' | 'defaultValue'> {
  /** A list of inputs, of at most this many. */
  maxItems?: number;
}

/**
 * A field that holds another input (or a list of them), transformed into its class and validated
 * in its turn; absent or null is allowed when it is nullable. The decorators apply in the order
 * that stacking `@Field @IsOptional @ArrayMaxSize @ValidateNested @Type` would.
 */
export function NestedInput(type: () => Class<unknown>, options: NestedInputOptions = {}): PropertyDecorator {
  const { maxItems, ...field } = options;
  const list = maxItems !== undefined;
  return applyDecorators(
    Type(type),
    list ? ValidateNested({ each: true }) : ValidateNested(),
    ...(list ? [ArrayMaxSize(maxItems)] : []),
    ...(field.nullable ? [IsOptional()] : []),
    Field(() => (list ? [type()] : type()), field),
  );
}
