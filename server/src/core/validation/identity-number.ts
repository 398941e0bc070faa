/**
 * Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
 * day + 60): `YYYYMMDD-NNNN`, `YYYYMMDDNNNN`, `YYMMDD-NNNN` or `YYMMDD+NNNN` (100 years or
 * older). The last digit is the Luhn checksum of the ten digits YYMMDDNNN.
 * Returns the normalised `YYYYMMDD-NNNN`, or undefined when the number is not valid.
 */
export function normaliseSwedishIdentityNumber(input: string, today = new Date()): string | undefined {
  const match = /^(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)$/.exec(input.trim().replace(/\s+/g, ''));
  if (!match) return undefined;
  const [, centuryGiven, yy, mm, dd, separator, serial, check] = match as unknown as string[];
  if (centuryGiven && separator === '+') return undefined;
  const digits = `${yy}${mm}${dd}${serial}`;
  if (luhn(digits) !== Number(check)) return undefined;

  let year: number;
  if (centuryGiven) {
    year = Number(`${centuryGiven}${yy}`);
  } else {
    const thisYear = today.getUTCFullYear();
    year = thisYear - ((thisYear - Number(yy)) % 100);
    if (separator === '+') year -= 100;
  }
  const month = Number(mm);
  const coordination = Number(dd) > 60;
  const day = coordination ? Number(dd) - 60 : Number(dd);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (date > today) return undefined;
  return `${String(year).padStart(4, '0')}${mm}${dd}-${serial}${check}`;
}

function luhn(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let value = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return (10 - (sum % 10)) % 10;
}
