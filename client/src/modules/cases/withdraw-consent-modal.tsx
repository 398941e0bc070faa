import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { withdrawConsentMutation } from './case-operations';
import { HintText } from '../../components/hint-text';
import { useReadableNames } from '../../components/person-name';

interface WithdrawConsentModalProps {
  consent: CaseDetailsFragment['consents'][number] | null;
  onClose: () => void;
  onWithdrawn: (partnerName: string) => Promise<void>;
}

/** Asks before withdrawing: sharing with the partner stops at once and cannot be resumed from here. */
export function WithdrawConsentModal({ consent, onClose, onWithdrawn }: WithdrawConsentModalProps) {
  const { t } = useTranslation('cases');
  const names = useReadableNames();
  const [withdraw] = useMutation(withdrawConsentMutation);
  return (
    <ConfirmDialog
      opened={consent !== null}
      onClose={onClose}
      title={t('consents.withdrawTitle')}
      confirmLabel={t('consents.withdrawConfirm')}
      danger
      confirmTestId="confirm-withdraw"
      onConfirm={async () => {
        if (!consent) return;
        await withdraw({ variables: { id: consent.id } });
        await onWithdrawn(names.label(consent.partner));
      }}
    >
      <Text>{consent ? t('consents.withdrawQuestion', { partner: names.text(consent.partner) }) : null}</Text>
      <HintText>{consent ? t('consents.withdrawConsequence', { partner: names.text(consent.partner) }) : null}</HintText>
    </ConfirmDialog>
  );
}
