import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { AppError } from './app-error.js';

/** class-validator constraint → translation key in i18n/locales/<lang>/errors.json. */
const keys: Record<string, string> = {
  isNotEmpty: 'validation.required',
  arrayMinSize: 'validation.required',
  maxLength: 'validation.tooLong',
  minLength: 'validation.tooShort',
  arrayMaxSize: 'validation.tooMany',
  isEmail: 'validation.email',
  isIn: 'validation.invalidValue',
  isEnum: 'validation.invalidValue',
  isString: 'validation.invalidType',
  isInt: 'validation.invalidType',
  isBoolean: 'validation.invalidType',
  min: 'validation.tooSmall',
  max: 'validation.tooLarge',
  arrayUnique: 'validation.duplicates',
  latinScript: 'validation.latinScript',
  arabicScript: 'validation.arabicScript',
};

function firstFailure(errors: ValidationError[], parent = ''): { field: string; constraint: string; message: string } | undefined {
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const [constraint, message] = Object.entries(error.constraints ?? {})[0] ?? [];
    // The path within the input: `email`, `returnee.identityNumber`, `household.1.firstName`.
    if (constraint) return { field, constraint, message: message ?? '' };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return undefined;
}

/**
 * Validates every input class and reports the first fault as BAD_USER_INPUT naming the field,
 * with the limit (e.g. the maximum length) as a parameter of the translated message.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const failure = firstFailure(errors);
      if (!failure) return AppError.badInput('input', 'validation.invalid');
      const limit = /\d+/.exec(failure.message)?.[0];
      return AppError.badInput(failure.field, keys[failure.constraint] ?? 'validation.invalid', limit ? { limit: Number(limit) } : {});
    },
  });
}
