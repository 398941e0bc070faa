import { languages, type Language } from '@cirkel/i18n';
import { registerEnumType } from '@nestjs/graphql';

/** The staff interface languages, as a GraphQL enum built from the shared i18n list. */
export const LanguageEnum = Object.freeze(Object.fromEntries(languages.map((l) => [l, l]))) as { readonly [L in Language]: L };

registerEnumType(LanguageEnum, { name: 'Language', description: 'A language of the staff interface.' });
