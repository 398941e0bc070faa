import type { CaseDetailsFragment, ConsentSection } from '../../gql/graphql';
import { consentSections } from './use-referral-labels';

type Consent = Pick<CaseDetailsFragment['consents'][number], 'active' | 'sections' | 'partner'>;

/** The sections the returnee's active consents allow sharing with one partner (in the usual order). */
export function coveredSections(consents: readonly Consent[], partnerId: string | null): ConsentSection[] {
  if (!partnerId) return [];
  const covered = new Set(consents.filter((consent) => consent.active && consent.partner.id === partnerId).flatMap((consent) => consent.sections));
  return consentSections.filter((section) => covered.has(section));
}
