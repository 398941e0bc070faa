import type english from '../../../../i18n/locales/en/agreements.json';
import { useNamespaceTranslation, type NamespaceKey, type NamespaceT } from '../../core/i18n/use-namespace-translation';

/** A key of the `agreements` namespace, checked against the English file (plural forms by their base). */
export type AgreementsKey = NamespaceKey<typeof english>;
export type AgreementsT = NamespaceT<typeof english>;

/** `t` for the `agreements` namespace, its keys checked (see useNamespaceTranslation). */
export function useAgreementsTranslation(): { t: AgreementsT } {
  return useNamespaceTranslation<typeof english>('agreements');
}
