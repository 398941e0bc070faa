import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useErrorMessage } from '../../core/errors/use-error-message';
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
  const dialog = action ? dialogKeys[action] : 'accept';
  return (
    <Modal opened={action !== null} onClose={onClose} title={t(`dialogs.${dialog}.title`)} centered>
      {/* Mounted only while open, so an earlier failure is not shown again. */}
      {action && <ConfirmReferralAction referralId={referralId} action={action} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function ConfirmReferralAction({
  referralId,
  action,
  onCancel,
  onDone,
}: {
  referralId: string;
  action: ConfirmableReferralAction;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useReferralsTranslation();
  const { t: common } = useTranslation();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const dialog = dialogKeys[action];

  const confirm = async () => {
    setRunning(true);
    setFailure(null);
    try {
      // Whatever the page shows (inbox, case) is fetched again: the referral may have left it.
      await client.mutate({ mutation: mutations[action], variables: { id: referralId }, refetchQueries: 'active' });
      onDone();
    } catch (error) {
      setFailure(errorMessage(error as Error));
      setRunning(false);
    }
  };

  return (
    <Stack gap="md">
      <Text>{t(`dialogs.${dialog}.question`)}</Text>
      {failure && (
        <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
          {failure}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm">
        <Button variant="default" onClick={onCancel} disabled={running} data-autofocus>
          {common('common.cancel')}
        </Button>
        <Button color={action === ReferralAction.Revoke ? 'red' : undefined} onClick={() => void confirm()} loading={running}>
          {t(`dialogs.${dialog}.confirm`)}
        </Button>
      </Group>
    </Stack>
  );
}
