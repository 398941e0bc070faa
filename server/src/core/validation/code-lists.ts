import { AppError } from '../errors/app-error.js';
import { isCountryCode } from './countries.js';

/** ISO 3166-1 alpha-2 codes as written ("iq", " SO"): in capitals, each once; an unknown one names the field. */
export function countryList(values: readonly string[], field: string): string[] {
  const codes = [...new Set(values.map((code) => code.trim().toUpperCase()))];
  const unknown = codes.find((code) => !isCountryCode(code));
  if (unknown !== undefined) throw AppError.badInput(field, 'validation.unknownCountry', { value: unknown });
  return codes;
}

/** One country code, or null. */
export function optionalCountry(value: string | null | undefined, field: string): string | null {
  return value ? countryList([value], field)[0]! : null;
}

/** ISO 639 codes (two or three letters), in lower case, each once. */
export function languageList(values: readonly string[], field: string): string[] {
  const codes = [...new Set(values.map((code) => code.trim().toLowerCase()))];
  if (codes.some((code) => !/^[a-z]{2,3}$/.test(code))) throw AppError.badInput(field, 'validation.invalidValue');
  return codes;
}
