import { useMutation } from '@apollo/client/react';
import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icon';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { UserListItemFragment } from '../../gql/graphql';
import { createPasswordResetLinkMutation } from './users-operations';
import { useReadableNames } from '../../components/person-name';

interface ResetLinkModalProps {
  user: UserListItemFragment | null;
  onClose: () => void;
}

/**
 * A one-time link for a colleague who is locked out: made when the coordinator asks, shown only
 * here (the server keeps its hash), to be handed over in person or by phone.
 */
export function ResetLinkModal({ user, onClose }: ResetLinkModalProps) {
  const { t } = useTranslation('account');
  const names = useReadableNames();
  return (
    <FormDialog opened={user !== null} onClose={onClose} title={user ? t('resetLink.title', { name: names.text(user) }) : ''} size="lg">
      {user && <ResetLinkBody user={user} onClose={onClose} />}
    </FormDialog>
  );
}

function ResetLinkBody({ user, onClose }: { user: UserListItemFragment; onClose: () => void }) {
  const { t } = useTranslation('account');
  const format = useFormatters();
  const names = useReadableNames();
  const errorMessage = useErrorMessage();
  const [create, { data, loading, error }] = useMutation(createPasswordResetLinkMutation);
  const link = data?.createPasswordResetLink;

  return (
    <Stack gap="md">
      <Text size="sm">{t('resetLink.intro', { name: names.text(user) })}</Text>
      {error && (
        <Alert color="red" variant="light" icon={<Icon name="alert" />} role="alert">
          {errorMessage(error)}
        </Alert>
      )}
      {link ? (
        <>
          <TextInput data-testid="reset-link-url" label={t('resetLink.label')} value={link.url} readOnly dir="ltr" onFocus={(event) => event.currentTarget.select()} />
          <Text size="sm" c="dimmed">
            {t('resetLink.expires', { time: format.dateTime(link.expiresAt) })}
          </Text>
          <Group justify="flex-end">
            <CopyButton value={link.url}>
              {({ copied, copy }) => (
                <Button data-testid="reset-link-copy" variant={copied ? 'light' : 'filled'} onClick={copy} aria-live="polite">
                  {copied ? t('resetLink.copied') : t('resetLink.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {t('resetLink.close')}
            </Button>
          </Group>
        </>
      ) : (
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('resetLink.close')}
          </Button>
          <Button data-testid="reset-link-create" loading={loading} onClick={() => void create({ variables: { userId: user.id } }).catch(() => undefined)}>
            {t('resetLink.action')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
