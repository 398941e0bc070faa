import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentSection, ReferralStatus } from '../../gql/graphql';

/** The order sections are offered and listed in everywhere. */
export const consentSections: readonly ConsentSection[] = ['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS', 'HEALTH'];

/**
 * Names of referral statuses and consent sections. They live in the `referrals` namespace, which
 * the referrals module owns; this is the one place the cases pages read it from.
 */
export function useReferralLabels() {
  const { t } = useTranslation();
  // The `referrals` namespace is typed by its own module; read it by name here.
  const translate = t as unknown as (key: string) => string;
  const status = useCallback((value: ReferralStatus) => translate(`referrals:status.${value}`), [translate]);
  const section = useCallback((value: ConsentSection) => translate(`referrals:sections.${value}`), [translate]);
  return useMemo(() => ({ status, section }), [status, section]);
}
