import { Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../core/auth/session-context';
import { HintText } from '../../components/hint-text';
import { PersonName } from '../../components/person-name';

/** Who and where, at the foot of the navigation on screens too narrow for the header to say it. */
export function SignedInSummary() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <Stack gap={2}>
      <Divider mb="sm" />
      <Text size="xs" c="dimmed">
        {t('layout.signedInAs')}
      </Text>
      <Text size="sm" fw={500}>
        <PersonName named={user} />
      </Text>
      <HintText>
        <PersonName named={user.organisation} />
      </HintText>
    </Stack>
  );
}
