import { Button, Group, VisuallyHidden, type ButtonProps } from '@mantine/core';
import { useState } from 'react';
import { ReferralAction, type ReferralStatus } from '../../gql/graphql';
import { ConfirmReferralActionModal, type ConfirmableReferralAction } from './confirm-referral-action-modal';
import { DeclineReferralModal } from './decline-referral-modal';
import { useReferralsTranslation } from './use-referrals-translation';

export interface ReferralActionsProps {
  referral: { id: string; status: ReferralStatus; allowedActions: readonly ReferralAction[] };
  /** Called with the action after the server carried it out (the page's queries are fetched again too). */
  onDone?: (action: ReferralAction) => void;
  /** Read out after each button's label ("Accept: STO-2026-0042") where several referrals are listed. */
  subject?: string;
  size?: ButtonProps['size'];
}

// The answer first, the way out last.
const actionOrder: readonly ReferralAction[] = [ReferralAction.Accept, ReferralAction.Decline, ReferralAction.Complete, ReferralAction.Revoke];

const buttonLooks: Record<ReferralAction, Pick<ButtonProps, 'variant' | 'color'>> = {
  ACCEPT: { variant: 'filled', color: 'teal' },
  DECLINE: { variant: 'light', color: 'red' },
  COMPLETE: { variant: 'light', color: 'indigo' },
  REVOKE: { variant: 'subtle', color: 'red' },
};

/**
 * A button for each action the server allows this viewer now (`allowedActions`), and nothing
 * else: the client never works out the rules on its own.
 */
export function ReferralActions({ referral, onDone, subject, size = 'xs' }: ReferralActionsProps) {
  const { t } = useReferralsTranslation();
  const [open, setOpen] = useState<ReferralAction | null>(null);
  const actions = actionOrder.filter((action) => referral.allowedActions.includes(action));
  if (actions.length === 0) return null;

  const close = () => setOpen(null);
  const done = () => {
    if (open) onDone?.(open);
    setOpen(null);
  };

  return (
    <>
      <Group gap="xs" wrap="wrap" role="group" aria-label={t('actions.label')} data-testid="referral-actions">
        {actions.map((action) => (
          <Button key={action} size={size} {...buttonLooks[action]} onClick={() => setOpen(action)} data-testid={`referral-action-${action}`}>
            {t(`actions.${action}`)}
            {subject && <VisuallyHidden>: {subject}</VisuallyHidden>}
          </Button>
        ))}
      </Group>
      <DeclineReferralModal referralId={referral.id} opened={open === ReferralAction.Decline} onClose={close} onDone={done} />
      <ConfirmReferralActionModal
        referralId={referral.id}
        action={open === ReferralAction.Decline ? null : (open as ConfirmableReferralAction | null)}
        onClose={close}
        onDone={done}
      />
    </>
  );
}
