import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { usePagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { answersReferrals } from '../../core/auth/permissions';
import { ReferralListPage } from './referral-list-page';
import { referralInboxQuery, referralPageSize } from './referral-operations';
import { useReferralsTranslation } from './use-referrals-translation';

/** Partner staff: referrals to their organisation that wait for an answer, oldest first. */
export function ReferralInboxPage() {
  const user = useCurrentUser();
  return answersReferrals(user) ? <ReferralInbox /> : <ForbiddenPage />;
}

function ReferralInbox() {
  const { t } = useReferralsTranslation();
  const list = usePagedQuery(referralInboxQuery, (data) => data.referralInbox, { variables: { first: referralPageSize } });
  return <ReferralListPage page="inbox" list={list} emptyDescription={t('inbox.emptyDescription')} />;
}
