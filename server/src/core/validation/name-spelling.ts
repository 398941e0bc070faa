import { fitsScript, type NameScript } from '@cirkel/i18n';
import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { ValidateBy } from 'class-validator';
import { OptionalText } from './text.js';

/** class-validator constraint names; validation-pipe.ts maps each to its message. */
export const SPELLING_CONSTRAINTS: Record<NameScript, string> = { latin: 'latinScript', arabic: 'arabicScript' };

/**
 * An optional spelling of a name in one script (`nameLatin`, `nameArabic`: issue 11, point 4):
 * trimmed, empty is none, at most 200 characters like the name, letters of that script only
 * (a Latin spelling has no Arabic letter; an Arabic one has Arabic letters).
 */
export function NameSpellingField(script: NameScript, description: string): PropertyDecorator {
  return applyDecorators(
    ValidateBy({
      name: SPELLING_CONSTRAINTS[script],
      validator: { validate: (value: unknown) => value == null || (typeof value === 'string' && fitsScript(value, script)) },
    }),
    OptionalText(200),
    Field(() => String, { nullable: true, description }),
  );
}
