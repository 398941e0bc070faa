import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type english from '../../../../i18n/locales/en/referrals.json';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPluralSuffix<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** A key of the `referrals` namespace, checked against the English file (plural forms by their base). */
export type ReferralsKey = WithoutPluralSuffix<Leaves<typeof english>>;
export type ReferralsT = (key: ReferralsKey, options?: Record<string, unknown>) => string;

/**
 * `t` for the `referrals` namespace. The shared i18next type declaration (core/i18n) lists only
 * `common` and `errors`, so `useTranslation('referrals')` does not type-check; this keeps the
 * keys checked without touching it. It re-renders on a language change like `useTranslation`.
 */
export function useReferralsTranslation(): { t: ReferralsT; language: string } {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const t = useMemo(() => {
    const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (lng: string, ns: string) => ReferralsT;
    return getFixedT(language, 'referrals');
  }, [i18n, language]);
  return { t, language };
}
