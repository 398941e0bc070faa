import type english from '../../../../i18n/locales/en/contacts.json';
import { useNamespaceTranslation, type NamespaceKey, type NamespaceT } from '../../core/i18n/use-namespace-translation';

/** A key of the `contacts` namespace, checked against the English file (plural forms by their base). */
export type ContactsKey = NamespaceKey<typeof english>;
export type ContactsT = NamespaceT<typeof english>;

/** `t` for the `contacts` namespace, its keys checked (see useNamespaceTranslation). */
export function useContactsTranslation(): { t: ContactsT } {
  return useNamespaceTranslation<typeof english>('contacts');
}
