import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { fieldErrors } from '../../core/apollo/graphql-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
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
  return (
    <Modal opened={opened} onClose={onClose} title={t('terminate.title')} centered size="lg">
      {/* Mounted only while open: a new decision starts from an empty reason. */}
      {opened && <TerminateAgreementForm agreement={agreement} onCancel={onClose} onTerminated={onTerminated} />}
    </Modal>
  );
}

function TerminateAgreementForm({
  agreement,
  onCancel,
  onTerminated,
}: {
  agreement: AgreementDetailFragment;
  onCancel: () => void;
  onTerminated: (agreement: AgreementDetailFragment) => void;
}) {
  const { t } = useAgreementsTranslation();
  const { t: common } = useTranslation();
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [terminate, { loading }] = useMutation(terminateAgreementMutation);

  const refuseReason = (message: string) => {
    setReasonError(message);
    requestAnimationFrame(() => reasonRef.current?.focus());
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const trimmed = reason.trim();
    if (!trimmed) {
      refuseReason(t('terminate.reasonRequired'));
      return;
    }
    try {
      const { data } = await terminate({ variables: { id: agreement.id, reason: trimmed } });
      if (data) onTerminated(data.terminateAgreement);
    } catch (error) {
      const byField = fieldErrors(error);
      if (byField.reason) refuseReason(byField.reason);
      else setFailure(CombinedGraphQLErrors.is(error) ? errorMessage(error) : `${errorMessage(error as Error)} ${t('kept')}`);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-busy={loading}>
      <Stack gap="md">
        <Text size="sm">{t('terminate.description')}</Text>
        {failure && (
          <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
            {failure}
          </Alert>
        )}
        <Textarea
          ref={reasonRef}
          label={t('terminate.reason')}
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
            {t('terminate.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
