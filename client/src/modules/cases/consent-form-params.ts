import { isDocumentLanguage, type DocumentLanguage } from '@cirkel/i18n';
import type { ConsentSection } from '../../gql/graphql';
import { consentSections } from './use-referral-labels';

/** What the consent form page prints, as its address holds it: ?partner=<id>&sections=IDENTITY,CONTACT&language=so */
export interface ConsentFormParams {
  partner: string | null;
  sections: ConsentSection[];
  language: DocumentLanguage | null;
}

export function parseConsentFormParams(search: URLSearchParams): ConsentFormParams {
  const listed = (search.get('sections') ?? '').split(',');
  const language = search.get('language');
  return {
    partner: search.get('partner') || null,
    sections: consentSections.filter((section) => listed.includes(section)),
    language: isDocumentLanguage(language) ? language : null,
  };
}

export function consentFormSearch({ partner, sections, language }: Partial<ConsentFormParams>): string {
  const search = new URLSearchParams();
  if (partner) search.set('partner', partner);
  if (sections && sections.length > 0) search.set('sections', sections.join(','));
  if (language) search.set('language', language);
  // Commas stay readable in the address.
  return search.toString().replace(/%2C/g, ',');
}
