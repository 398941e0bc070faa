import { languages } from '@cirkel/i18n';
import { graphqlEnum } from '../graphql/graphql-enum.js';

/** The staff interface languages, as a GraphQL enum built from the shared i18n list. */
export const LanguageEnum = graphqlEnum('Language', languages, 'A language of the staff interface.');
