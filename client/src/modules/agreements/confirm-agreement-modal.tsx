import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { ConfirmDialog } from '../../components/confirm-dialog';
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
  const [confirm] = useMutation(confirmAgreementMutation);
  return (
    <ConfirmDialog
      opened={opened}
      onClose={onClose}
      title={t('confirm.title')}
      confirmLabel={t('confirm.submit')}
      onConfirm={async () => {
        const { data } = await confirm({ variables: { id: agreement.id } });
        if (data) onConfirmed(data.confirmAgreement);
      }}
    >
      <Text>{t('confirm.question', { reference: agreement.referenceNumber, organisation: organisationName })}</Text>
    </ConfirmDialog>
  );
}
