/** The currencies support is granted in (ISO 4217), with their minor units per the standard. */
export const supportCurrencies = ['SEK', 'EUR', 'BAM', 'IQD', 'USD'] as const;

// ISO 4217 gives the Iraqi dinar three decimals (fils); Intl's display data rounds it to none,
// so the digits for converting to and from minor units come from here, not from Intl.
const digits: Record<string, number> = { SEK: 2, EUR: 2, BAM: 2, IQD: 3, USD: 2 };

export function minorUnitDigits(currency: string): number {
  return digits[currency.toUpperCase()] ?? 2;
}

/** "1500.5" SEK → 150050; null when the text is not an amount. */
export function toMinorUnits(amount: string, currency: string): number | null {
  const normalised = amount.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const places = minorUnitDigits(currency);
  const [whole = '0', fraction = ''] = normalised.split('.');
  if (fraction.length > places) return null;
  return Number(whole) * 10 ** places + Number(fraction.padEnd(places, '0') || '0');
}

export function fromMinorUnits(amountMinor: number, currency: string): string {
  const places = minorUnitDigits(currency);
  if (places === 0) return String(amountMinor);
  const whole = Math.trunc(amountMinor / 10 ** places);
  const fraction = String(amountMinor % 10 ** places).padStart(places, '0');
  return `${whole}.${fraction}`;
}
