import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { fieldErrors } from '../../core/apollo/graphql-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { isNetworkFailure } from './referral-failure';
import { declineReferralMutation } from './referral-operations';
import { useReferralsTranslation } from './use-referrals-translation';

interface DeclineReferralModalProps {
  referralId: string;
  opened: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function DeclineReferralModal({ referralId, opened, onClose, onDone }: DeclineReferralModalProps) {
  const { t } = useReferralsTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('dialogs.decline.title')} centered size="lg">
      {/* Mounted only while open: a new decision starts from an empty reason. */}
      {opened && <DeclineReferralForm referralId={referralId} onCancel={onClose} onDone={onDone} />}
    </Modal>
  );
}

function DeclineReferralForm({ referralId, onCancel, onDone }: { referralId: string; onCancel: () => void; onDone: () => void }) {
  const { t } = useReferralsTranslation();
  const { t: common } = useTranslation();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [decline, { loading }] = useMutation(declineReferralMutation, { refetchQueries: 'active' });

  const refuseReason = (message: string) => {
    setReasonError(message);
    requestAnimationFrame(() => reasonRef.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const trimmed = reason.trim();
    // The server refuses an empty reason too; asking it first would only cost a round trip.
    if (!trimmed) {
      refuseReason(t('dialogs.decline.reasonRequired'));
      return;
    }
    try {
      await decline({ variables: { id: referralId, reason: trimmed } });
      onDone();
    } catch (error) {
      const byField = fieldErrors(error);
      if (byField.reason) refuseReason(byField.reason);
      else setFailure(isNetworkFailure(error) ? `${errorMessage(error as Error)} ${t('dialogs.kept')}` : errorMessage(error as Error));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={loading}>
      <Stack gap="md">
        <Text size="sm">{t('dialogs.decline.description')}</Text>
        {failure && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
            {failure}
          </Alert>
        )}
        <Textarea
          ref={reasonRef}
          label={t('dialogs.decline.reason')}
          description={t('dialogs.decline.reasonHint')}
          name="reason"
          required
          rows={4}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setReasonError(undefined);
          }}
          error={reasonError}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            {common('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={loading}>
            {t('dialogs.decline.confirm')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
