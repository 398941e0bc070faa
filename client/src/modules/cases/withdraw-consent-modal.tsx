import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { withdrawConsentMutation } from './case-operations';
import { isolate } from '../../components/bidi-isolate';

interface WithdrawConsentModalProps {
  consent: CaseDetailsFragment['consents'][number] | null;
  onClose: () => void;
  onWithdrawn: (partnerName: string) => Promise<void>;
}

/** Asks before withdrawing: sharing with the partner stops at once and cannot be resumed from here. */
export function WithdrawConsentModal({ consent, onClose, onWithdrawn }: WithdrawConsentModalProps) {
  const { t } = useTranslation(['cases', 'common']);
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(withdrawConsentMutation);

  const close = () => {
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    if (!consent) return;
    setFailure(null);
    try {
      await withdraw({ variables: { id: consent.id } });
      await onWithdrawn(consent.partner.name);
    } catch (error) {
      setFailure(errorMessage(error as Error));
    }
  };

  return (
    <Modal opened={consent !== null} onClose={close} title={t('consents.withdrawTitle')} centered>
      <Stack gap="md">
        <Text>{consent ? t('consents.withdrawQuestion', { partner: isolate(consent.partner.name) }) : null}</Text>
        <Text size="sm" c="dimmed">
          {consent ? t('consents.withdrawConsequence', { partner: isolate(consent.partner.name) }) : null}
        </Text>
        {failure && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={loading} data-autofocus>
            {t('common:common.cancel')}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={loading} data-testid="confirm-withdraw">
            {t('consents.withdrawConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
