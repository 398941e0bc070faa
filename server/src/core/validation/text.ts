import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

type TransformInput = { value: unknown };

/** A text input without its surrounding blanks. */
export const trimmed = ({ value }: TransformInput) => (typeof value === 'string' ? value.trim() : value);

/** An optional text input without its surrounding blanks; blank means "none" (null). */
export const trimmedOrNull = ({ value }: TransformInput) => (typeof value === 'string' ? value.trim() || null : value);

// applyDecorators registers in list order, the same as stacked decorators read bottom-up, and
// class-validator (stopAtFirstError) reports the first registered fault: emptiness before length.

/** A required text field: trimmed, not blank, at most `max` characters. */
export function RequiredText(max: number): PropertyDecorator {
  return applyDecorators(IsNotEmpty(), MaxLength(max), IsString(), Transform(trimmed));
}

/** An optional text field: trimmed, blank stored as null, at most `max` characters. */
export function OptionalText(max: number): PropertyDecorator {
  return applyDecorators(MaxLength(max), IsOptional(), Transform(trimmedOrNull));
}
