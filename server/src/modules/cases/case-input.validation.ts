import { AppError } from '../../core/errors/app-error.js';
import { today } from '../../core/graphql/date.scalar.js';
import { isCountryCode, isCurrencyCode } from '../../core/validation/countries.js';
import { normaliseSwedishIdentityNumber } from '../../core/validation/identity-number.js';
import type { CreateCaseInput } from './dtos/create-case.input.js';
import type { HouseholdMemberInput } from './dtos/household-member.input.js';
import type { MoneyInput } from './dtos/money.input.js';
import type { ReturneeInput } from './dtos/returnee.input.js';
import type { UpdateCaseInput } from './dtos/update-case.input.js';

/** Domain checks class-validator cannot express; each names the field at fault. */

function checkCountry(value: string | null | undefined, field: string): void {
  if (value !== null && value !== undefined && !isCountryCode(value)) throw AppError.badInput(field, 'validation.unknownCountry', { value });
}

/**
 * Anything that looks like a Swedish personal identity number (digits only) must be a valid one,
 * checksum included, and is stored as YYYYMMDD-NNNN. Another country's document number (it has
 * letters: passports, national ids) is kept as written, in capitals.
 */
function checkIdentityNumber(value: string | null | undefined, field: string): string | null {
  if (!value) return null;
  const compact = value.trim().replace(/\s+/g, ' ').toUpperCase();
  if (/^[\d\s+-]+$/.test(compact)) {
    const normalised = normaliseSwedishIdentityNumber(compact);
    if (!normalised) throw AppError.badInput(field, 'validation.identityNumber');
    return normalised;
  }
  if (/^[A-Z0-9][A-Z0-9 /-]{3,29}$/.test(compact) && /[A-Z]/.test(compact)) return compact;
  throw AppError.badInput(field, 'validation.identityNumberFormat');
}

function checkPast(value: string | null | undefined, field: string): void {
  if (value && value > today()) throw AppError.badInput(field, 'validation.dateInFuture');
}

function checkLanguages(languages: string[], field: string): void {
  if (languages.some((language) => !/^[a-z]{2,3}$/.test(language))) throw AppError.badInput(field, 'validation.invalidValue');
}

function checkReturnee(input: ReturneeInput, prefix = 'returnee'): ReturneeInput {
  checkPast(input.dateOfBirth, `${prefix}.dateOfBirth`);
  checkCountry(input.citizenship, `${prefix}.citizenship`);
  checkLanguages(input.languages, `${prefix}.languages`);
  const identityNumber = checkIdentityNumber(input.identityNumber, `${prefix}.identityNumber`);
  if (identityNumber && /^\d{8}-\d{4}$/.test(identityNumber) && input.dateOfBirth && identityNumber.slice(0, 8) !== input.dateOfBirth.replaceAll('-', '')) {
    // A coordination number's day is +60; anything else must agree with the date of birth.
    const day = Number(identityNumber.slice(6, 8));
    const asBirthDay = `${identityNumber.slice(0, 6)}${String(day > 60 ? day - 60 : day).padStart(2, '0')}`;
    if (asBirthDay !== input.dateOfBirth.replaceAll('-', '')) throw AppError.badInput(`${prefix}.identityNumber`, 'validation.identityNumberBirthDate');
  }
  return { ...input, identityNumber, languages: [...new Set(input.languages)] };
}

function checkHousehold(members: HouseholdMemberInput[]): HouseholdMemberInput[] {
  return members.map((member, index) => {
    checkPast(member.dateOfBirth, `household.${index}.dateOfBirth`);
    return { ...member, identityNumber: checkIdentityNumber(member.identityNumber, `household.${index}.identityNumber`) };
  });
}

function checkMoney(money: MoneyInput | null | undefined, field: string): void {
  if (money && !isCurrencyCode(money.currency)) throw AppError.badInput(`${field}.currency`, 'validation.unknownCurrency', { value: money.currency });
}

/** Dates that must come in order: born before leaving; left no later than today. */
export function checkCaseDates(
  values: { dateOfBirth?: string | null; plannedDeparture?: string | null; actualDeparture?: string | null },
): void {
  checkPast(values.actualDeparture, 'actualDeparture');
  if (values.dateOfBirth && values.plannedDeparture && values.plannedDeparture < values.dateOfBirth) {
    throw AppError.badInput('plannedDeparture', 'validation.dateBefore', { other: values.dateOfBirth });
  }
  if (values.dateOfBirth && values.actualDeparture && values.actualDeparture < values.dateOfBirth) {
    throw AppError.badInput('actualDeparture', 'validation.dateBefore', { other: values.dateOfBirth });
  }
}

export function checkCreateCase(input: CreateCaseInput): CreateCaseInput {
  checkCountry(input.destinationCountry, 'destinationCountry');
  if (!input.destinationCountry) throw AppError.badInput('destinationCountry', 'validation.required');
  const returnee = checkReturnee(input.returnee);
  const household = checkHousehold(input.household);
  if (input.plannedDeparture && input.plannedDeparture < today()) throw AppError.badInput('plannedDeparture', 'validation.dateInPast');
  checkCaseDates({ dateOfBirth: returnee.dateOfBirth, plannedDeparture: input.plannedDeparture });
  return { ...input, returnee, household };
}

export function checkUpdateCase(input: UpdateCaseInput): UpdateCaseInput {
  checkCountry(input.destinationCountry, 'destinationCountry');
  checkMoney(input.supportGranted, 'supportGranted');
  return {
    ...input,
    returnee: input.returnee ? checkReturnee(input.returnee) : input.returnee,
    household: input.household ? checkHousehold(input.household) : input.household,
  };
}
