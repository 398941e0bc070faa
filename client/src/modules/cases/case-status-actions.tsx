import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/conflict-alert';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { ErrorCode, hasErrorCode } from '../../core/apollo/graphql-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { CaseDetailsFragment, CaseStatus, ClosureReason } from '../../gql/graphql';
import { changeCaseStatusMutation } from './case-operations';
import { CaseStatusBadge } from './case-status-badge';


type Transition = CaseDetailsFragment['allowedTransitions'][number];

interface CaseStatusActionsProps {
  item: CaseDetailsFragment;
  onReload: () => Promise<unknown>;
}

/** A button for each status change the server allows now; closing asks for the reason. */
export function CaseStatusActions({ item, onReload }: CaseStatusActionsProps) {
  const { t } = useTranslation(['cases', 'common']);
  const [chosen, setChosen] = useState<Transition | null>(null);
  if (item.allowedTransitions.length === 0) return null;

  return (
    <>
      <Group gap="xs" role="group" aria-label={t('statusChange.label')} data-testid="status-actions">
        {item.allowedTransitions.map((transition) => (
          <Button
            key={transition.to}
            size="sm"
            variant={transition.to === 'CLOSED' ? 'default' : 'light'}
            color={transition.to === 'CLOSED' ? 'red' : undefined}
            onClick={() => setChosen(transition)}
            data-testid={`status-to-${transition.to}`}
          >
            {transition.to === 'CLOSED' ? t('statusChange.close') : t('statusChange.moveTo', { status: t(`status.${transition.to}`) })}
          </Button>
        ))}
      </Group>
      <Modal
        opened={chosen !== null}
        onClose={() => setChosen(null)}
        title={chosen?.to === 'CLOSED' ? t('statusChange.closeTitle') : t('statusChange.title')}
        centered
      >
        {chosen && <ChangeStatusForm key={chosen.to} item={item} transition={chosen} onClose={() => setChosen(null)} onReload={onReload} />}
      </Modal>
    </>
  );
}

function ChangeStatusForm({ item, transition, onClose, onReload }: { item: CaseDetailsFragment; transition: Transition; onClose: () => void; onReload: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation(['cases', 'common']);
  const errorMessage = useErrorMessage();
  const closing = transition.to === 'CLOSED';
  const [reason, setReason] = useState<ClosureReason | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [changeStatus, { loading }] = useMutation(changeCaseStatusMutation);

  const confirm = async () => {
    setFailure(null);
    setConflict(false);
    if (closing && !reason) {
      setReasonError(t('statusChange.reasonRequired'));
      return;
    }
    try {
      await changeStatus({
        variables: { input: { caseId: item.id, version: item.version, to: transition.to, ...(closing && reason ? { closureReason: reason } : {}) } },
      });
      onClose();
    } catch (error) {
      if (hasErrorCode(error, ErrorCode.Conflict)) setConflict(true);
      else setFailure(errorMessage(error as Error));
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      onClose();
    } catch (error) {
      setFailure(errorMessage(error as Error));
    } finally {
      setReloading(false);
    }
  };

  return (
    <Stack gap="md">
      <Group gap="xs">
        <CaseStatusBadge status={item.status} />
        <Text aria-hidden>{i18n.dir() === 'rtl' ? '←' : '→'}</Text>
        <CaseStatusBadge status={transition.to as CaseStatus} />
      </Group>
      <Text size="sm">{t(closing ? 'statusChange.closeQuestion' : 'statusChange.question', { number: item.number, status: t(`status.${transition.to}`) })}</Text>
      {closing && (
        <Radio.Group
          label={t('statusChange.reason')}
          withAsterisk
          value={reason}
          onChange={(value) => {
            setReason(value as ClosureReason);
            setReasonError(null);
          }}
          error={reasonError}
        >
          <Stack gap="xs" mt="xs">
            {transition.closureReasons.map((option) => (
              <Radio key={option} value={option} label={t(`closureReason.${option}`)} />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {conflict && (
        <ConflictAlert namespace="cases" onReload={() => void reload()} reloading={reloading} testId="conflict" />
      )}
      <FailureAlert failure={failure} />
      <DialogActions onCancel={onClose} confirmLabel={closing ? t('statusChange.confirmClose') : t('statusChange.confirm')} onConfirm={() => void confirm()} busy={loading} danger={closing} disabled={conflict} focusCancel />
    </Stack>
  );
}
