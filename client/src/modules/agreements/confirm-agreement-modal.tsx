import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { AgreementDetailFragment } from '../../gql/graphql';
import { confirmAgreementMutation } from './agreement-operations';
import { useAgreementsTranslation } from './use-agreements-translation';

interface ConfirmAgreementModalProps {
  agreement: AgreementDetailFragment;
  organisationName: string;
  opened: boolean;
  onClose: () => void;
  onConfirmed: (agreement: AgreementDetailFragment) => void;
}

/** A coordinator confirms on behalf of their organisation. */
export function ConfirmAgreementModal({ agreement, organisationName, opened, onClose, onConfirmed }: ConfirmAgreementModalProps) {
  const { t } = useAgreementsTranslation();
  const { t: common } = useTranslation();
  const errorMessage = useErrorMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const [confirm, { loading }] = useMutation(confirmAgreementMutation);

  const close = () => {
    setFailure(null);
    onClose();
  };

  const submit = async () => {
    setFailure(null);
    try {
      const { data } = await confirm({ variables: { id: agreement.id } });
      if (data) onConfirmed(data.confirmAgreement);
    } catch (error) {
      setFailure(errorMessage(error as Error));
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('confirm.title')} centered>
      <Stack gap="md">
        <Text>{t('confirm.question', { reference: agreement.referenceNumber, organisation: organisationName })}</Text>
        {failure && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} disabled={loading} data-autofocus>
            {common('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading}>
            {t('confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
