import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
type WithoutPluralSuffix<K extends string> = K extends `${infer Base}_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}` ? Base : K;

/** A key of a namespace, checked against its English file (plural forms by their base). */
export type NamespaceKey<English> = WithoutPluralSuffix<Leaves<English>>;
export type NamespaceT<English> = (key: NamespaceKey<English>, options?: Record<string, unknown>) => string;

/**
 * `t` for a namespace that the shared i18next type declaration (i18next.d.ts) does not list, so
 * that `useTranslation(namespace)` would not type-check: the keys stay checked against the English
 * file without touching it. It re-renders on a language change like `useTranslation`.
 */
export function useNamespaceTranslation<English>(namespace: string): { t: NamespaceT<English>; language: string } {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const t = useMemo(() => {
    const getFixedT = i18n.getFixedT.bind(i18n) as unknown as (lng: string, ns: string) => NamespaceT<English>;
    return getFixedT(language, namespace);
  }, [i18n, language, namespace]);
  return { t, language };
}
