import { useMutation } from '@apollo/client/react';
import { ReasonDialog } from '../../components/reason-dialog';
import type { AgreementDetailFragment } from '../../gql/graphql';
import { terminateAgreementMutation } from './agreement-operations';
import { useAgreementsTranslation } from './use-agreements-translation';

interface TerminateAgreementModalProps {
  agreement: AgreementDetailFragment;
  opened: boolean;
  onClose: () => void;
  onTerminated: (agreement: AgreementDetailFragment) => void;
}

export function TerminateAgreementModal({ agreement, opened, onClose, onTerminated }: TerminateAgreementModalProps) {
  const { t } = useAgreementsTranslation();
  const [terminate] = useMutation(terminateAgreementMutation);
  return (
    <ReasonDialog
      opened={opened}
      onClose={onClose}
      texts={{
        title: t('terminate.title'),
        description: t('terminate.description'),
        label: t('terminate.reason'),
        submit: t('terminate.submit'),
        required: t('terminate.reasonRequired'),
        kept: t('kept'),
      }}
      onSubmit={async (reason) => {
        const { data } = await terminate({ variables: { id: agreement.id, reason } });
        if (data) onTerminated(data.terminateAgreement);
      }}
    />
  );
}
