import type { NamedInScripts } from '@cirkel/i18n';
import { useReadableNames } from '../../components/person-name';
import './message-styles';
import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { SectionCard } from '../../components/section-card';
import { useRefetchOnRevisit } from '../../components/use-refetch-on-revisit';
import type { ReferralStatus } from '../../gql/graphql';
import { caseMessagesQuery } from './message-operations';
import { MessageThread } from './message-thread';
import { useCaseActivity } from './use-case-activity';
import { HintText } from '../../components/hint-text';

export interface ThreadReferral {
  id: string;
  status: ReferralStatus;
  from: NamedInScripts;
  to: NamedInScripts;
  sentAt: string;
}

interface CaseMessagesCardProps {
  caseId: string;
  /** The case's referrals as the viewer sees them (a partner sees only its own). */
  referrals: readonly ThreadReferral[];
  viewerIsOwner: boolean;
}

/** While a referral is pending or accepted, both sides write on its thread. */
const openStatuses: readonly ReferralStatus[] = ['PENDING', 'ACCEPTED'];

// A new message to the viewer arrives live (useCaseActivity); colleagues who were not notified
// see it within this time.
const pollEveryMs = 30_000;
const messageKinds = ['MESSAGE_RECEIVED'] as const;

/** A message thread per referral of the case, between the referring office and the partner. */
export function CaseMessagesCard({ caseId, referrals, viewerIsOwner }: CaseMessagesCardProps) {
  const { t } = useTranslation(['messages', 'common']);
  const names = useReadableNames();
  const { data, error, refetch } = useQuery(caseMessagesQuery, { variables: { caseId }, pollInterval: pollEveryMs, fetchPolicy: 'cache-and-network' });
  const refresh = () => void refetch().catch(() => undefined);
  useCaseActivity(caseId, messageKinds, refresh);
  useRefetchOnRevisit(refresh);
  const threads = new Map((data?.case.referrals ?? []).map((referral) => [referral.id, referral]));
  // Open referrals first, newest first; a closed one only when something was said on it.
  const shown = [...referrals]
    .filter((referral) => openStatuses.includes(referral.status) || (threads.get(referral.id)?.messages.length ?? 0) > 0)
    .sort((a, b) => Number(openStatuses.includes(b.status)) - Number(openStatuses.includes(a.status)) || b.sentAt.localeCompare(a.sentAt));

  return (
    <SectionCard title={t('card.title')} icon="users" testId="messages-card">
      {!data && error ? (
        <LoadFailedAlert title={t('card.loadFailed')} error={error} onRetry={refresh} />
      ) : !data ? (
        <Stack gap="xs" role="status" aria-busy="true" aria-label={t('card.loading')}>
          <Skeleton h={18} w="50%" radius="sm" />
          <Skeleton h={64} radius="md" />
        </Stack>
      ) : shown.length === 0 ? (
        <HintText data-testid="messages-none">{t('card.none')}</HintText>
      ) : (
        <Stack gap="sm">
          {shown.map((referral) => {
            const thread = threads.get(referral.id);
            const open = openStatuses.includes(referral.status);
            return (
              <MessageThread
                key={referral.id}
                referralId={referral.id}
                counterpart={names.text(viewerIsOwner ? referral.to : referral.from)}
                messages={thread?.messages ?? []}
                unreadCount={thread?.unreadMessageCount ?? 0}
                canWrite={open}
                defaultOpen={open}
              />
            );
          })}
        </Stack>
      )}
    </SectionCard>
  );
}
