import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ReferralAction } from '../../gql/graphql';
import { acceptReferralMutation, completeReferralMutation, revokeReferralMutation } from './referral-operations';
import { useReferralsTranslation } from './use-referrals-translation';

/** The actions that need no more than a "yes". */
export type ConfirmableReferralAction = typeof ReferralAction.Accept | typeof ReferralAction.Revoke | typeof ReferralAction.Complete;

const mutations: Record<ConfirmableReferralAction, TypedDocumentNode<unknown, { id: string }>> = {
  ACCEPT: acceptReferralMutation,
  REVOKE: revokeReferralMutation,
  COMPLETE: completeReferralMutation,
};

const dialogKeys = { ACCEPT: 'accept', REVOKE: 'revoke', COMPLETE: 'complete' } as const;

interface ConfirmReferralActionModalProps {
  referralId: string;
  action: ConfirmableReferralAction | null;
  onClose: () => void;
  onDone: () => void;
}

export function ConfirmReferralActionModal({ referralId, action, onClose, onDone }: ConfirmReferralActionModalProps) {
  const { t } = useReferralsTranslation();
  const client = useApolloClient();
  const dialog = action ? dialogKeys[action] : 'accept';
  return (
    <ConfirmDialog
      opened={action !== null}
      onClose={onClose}
      title={t(`dialogs.${dialog}.title`)}
      confirmLabel={t(`dialogs.${dialog}.confirm`)}
      danger={action === ReferralAction.Revoke}
      onConfirm={async () => {
        if (!action) return;
        // Whatever the page shows (inbox, case) is fetched again: the referral may have left it.
        await client.mutate({ mutation: mutations[action], variables: { id: referralId }, refetchQueries: 'active' });
        onDone();
      }}
    >
      <Text>{t(`dialogs.${dialog}.question`)}</Text>
    </ConfirmDialog>
  );
}
