import { useMutation } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/bidi-isolate';
import { ConfirmDialog } from '../../components/confirm-dialog';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { withdrawConsentMutation } from './case-operations';
import { HintText } from '../../components/hint-text';

interface WithdrawConsentModalProps {
  consent: CaseDetailsFragment['consents'][number] | null;
  onClose: () => void;
  onWithdrawn: (partnerName: string) => Promise<void>;
}

/** Asks before withdrawing: sharing with the partner stops at once and cannot be resumed from here. */
export function WithdrawConsentModal({ consent, onClose, onWithdrawn }: WithdrawConsentModalProps) {
  const { t } = useTranslation('cases');
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
        await onWithdrawn(consent.partner.name);
      }}
    >
      <Text>{consent ? t('consents.withdrawQuestion', { partner: isolate(consent.partner.name) }) : null}</Text>
      <HintText>{consent ? t('consents.withdrawConsequence', { partner: isolate(consent.partner.name) }) : null}</HintText>
    </ConfirmDialog>
  );
}
