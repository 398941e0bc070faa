import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, type FieldOptions } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsInt, IsNotEmpty, MaxLength } from 'class-validator';
import { DateScalar } from '../graphql/date.scalar.js';
import type { MixinBase } from '../graphql/mixin-base.js';
import { DateOf, type DateKind } from './date-ranges.js';
import { OptionalText, RequiredText, type TextOptions } from './text.js';

// An input field and the checks of its value, said once. The checks are applied before the field,
// in the order they had as separate decorators under @Field.

type Described = Pick<FieldOptions, 'description'>;

/** Required text: trimmed, not empty, at most `max` characters. */
export function TextField(max: number, options: TextOptions & Described = {}): PropertyDecorator {
  const { description, ...text } = options;
  return applyDecorators(RequiredText(max, text), Field(() => String, description === undefined ? {} : { description }));
}

/** Text that may be left out: trimmed, empty becomes null, at most `max` characters. */
export function OptionalTextField(max: number, options: TextOptions & Described = {}): PropertyDecorator {
  const { description, ...text } = options;
  return applyDecorators(OptionalText(max, text), Field(() => String, { nullable: true, ...(description === undefined ? {} : { description }) }));
}

/** A calendar date within the range its kind allows (date-ranges.ts). */
export function DateField(kind: DateKind, options: Pick<FieldOptions, 'nullable' | 'description'> = {}): PropertyDecorator {
  return applyDecorators(DateOf(kind), Field(() => DateScalar, options));
}

/** A whole number. */
export function IntField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(IsInt(), Field(() => Int, options));
}

/** An e-mail address: trimmed and lower-cased, not empty, at most 254 characters. */
export function EmailField(): PropertyDecorator {
  // Applied nearest the property first, as stacked decorators are: class-validator then checks
  // emptiness before format.
  return applyDecorators(
    IsNotEmpty(),
    IsEmail(),
    MaxLength(254),
    Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value)),
    Field(),
  );
}

/** What a case message and a supervision comment are written with: free text of at most 4000 characters, line breaks allowed. */
@InputType({ isAbstract: true })
export abstract class WrittenBodyInput {
  @TextField(4000, { multiline: true })
  body: string;
}

/**
 * An edit that replaces a record's fields: the fields (`fields`), the record's id, and the version
 * the edit started from (a stale one is refused with CONFLICT).
 */
export function VersionedEdit<Fields extends MixinBase>(fields: Fields, versionDescription?: string) {
  @InputType({ isAbstract: true })
  abstract class Edit extends fields {
    @Field(() => ID)
    id: string;

    @IntField(versionDescription === undefined ? {} : { description: versionDescription })
    version: number;
  }
  return Edit;
}
