import { applyDecorators } from '@nestjs/common';
import { Extensions } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

type TransformInput = { value: unknown };

/** A text input without its surrounding blanks. */
export const trimmed = ({ value }: TransformInput) => (typeof value === 'string' ? value.trim() : value);

/** An optional text input without its surrounding blanks; blank means "none" (null). */
export const trimmedOrNull = ({ value }: TransformInput) => (typeof value === 'string' ? value.trim() || null : value);

/**
 * Extension keys read by the central input check (core/graphql/input-rules.ts), which refuses
 * control characters, bidirectional controls and lone surrogates in every text argument (see
 * text-rules.ts). Line breaks and tabs are allowed only in what is marked multi-line.
 */
export const MULTILINE = 'multiline';
export const MULTILINE_ARGUMENTS = 'multilineArguments';

export interface TextOptions {
  /** Free text written in a text area: may contain line breaks and tabs. */
  multiline?: boolean;
}

/** Marks an input field as multi-line free text (line breaks and tabs allowed). */
export function Multiline(): PropertyDecorator {
  return Extensions({ [MULTILINE]: true }) as PropertyDecorator;
}

/** Marks plain arguments of a query or mutation (e.g. `reason`) as multi-line free text. */
export function MultilineArguments(...names: string[]): MethodDecorator {
  return Extensions({ [MULTILINE_ARGUMENTS]: names }) as MethodDecorator;
}

const multiline = (options: TextOptions): PropertyDecorator[] => (options.multiline ? [Multiline()] : []);

// applyDecorators registers in list order, the same as stacked decorators read bottom-up, and
// class-validator (stopAtFirstError) reports the first registered fault: emptiness before length.

/** A required text field: trimmed, not blank, at most `max` characters. */
export function RequiredText(max: number, options: TextOptions = {}): PropertyDecorator {
  return applyDecorators(IsNotEmpty(), MaxLength(max), IsString(), Transform(trimmed), ...multiline(options));
}

/** An optional text field: trimmed, blank stored as null, at most `max` characters. */
export function OptionalText(max: number, options: TextOptions = {}): PropertyDecorator {
  return applyDecorators(MaxLength(max), IsOptional(), Transform(trimmedOrNull), ...multiline(options));
}

/** A list of short texts (topics, vulnerabilities, language codes): at most `maxItems`, each at most `maxLength` characters. */
export function TextList(maxItems: number, maxLength: number): PropertyDecorator {
  return applyDecorators(MaxLength(maxLength, { each: true }), IsString({ each: true }), ArrayMaxSize(maxItems));
}
