import type english from '../../../../i18n/locales/en/referrals.json';
import { useNamespaceTranslation, type NamespaceKey, type NamespaceT } from '../../core/i18n/use-namespace-translation';

/** A key of the `referrals` namespace, checked against the English file (plural forms by their base). */
export type ReferralsKey = NamespaceKey<typeof english>;
export type ReferralsT = NamespaceT<typeof english>;

/** `t` for the `referrals` namespace, its keys checked (see useNamespaceTranslation), and the language it speaks. */
export function useReferralsTranslation(): { t: ReferralsT; language: string } {
  return useNamespaceTranslation<typeof english>('referrals');
}
