import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type english from '../../../../i18n/locales/en/agreements.json';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPluralSuffix<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** A key of the `agreements` namespace, checked against the English file (plural forms by their base). */
export type AgreementsKey = WithoutPluralSuffix<Leaves<typeof english>>;
export type AgreementsT = (key: AgreementsKey, options?: Record<string, unknown>) => string;

/**
 * `t` for the `agreements` namespace. The shared i18next type declaration (core/i18n) does not
 * list this namespace, so `useTranslation('agreements')` does not type-check; this keeps the keys
 * checked without touching it. It re-renders on a language change like `useTranslation`.
 */
export function useAgreementsTranslation(): { t: AgreementsT } {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const t = useMemo(() => {
    const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (lng: string, ns: string) => AgreementsT;
    return getFixedT(language, 'agreements');
  }, [i18n, language]);
  return { t };
}
