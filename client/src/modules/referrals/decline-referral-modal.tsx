import { useMutation } from '@apollo/client/react';
import { ReasonDialog } from '../../components/reason-dialog';
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
  const [decline] = useMutation(declineReferralMutation, { refetchQueries: 'active' });
  return (
    <ReasonDialog
      opened={opened}
      onClose={onClose}
      texts={{
        title: t('dialogs.decline.title'),
        description: t('dialogs.decline.description'),
        label: t('dialogs.decline.reason'),
        hint: t('dialogs.decline.reasonHint'),
        submit: t('dialogs.decline.confirm'),
        required: t('dialogs.decline.reasonRequired'),
        kept: t('dialogs.kept'),
      }}
      onSubmit={async (reason) => {
        await decline({ variables: { id: referralId, reason } });
        onDone();
      }}
    />
  );
}
