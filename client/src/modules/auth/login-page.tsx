import '@mantine/core/styles/PasswordInput.css';
import { Anchor, Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import type { LoginRedirectState } from '../../app/guards/require-session';
import { LanguageSwitcher } from '../../components/language-switcher';
import { PageLoader } from '../../components/page-loader';
import { ProductMark } from '../../components/product-mark';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSession } from '../../core/auth/session-context';
import { LoginForm } from './login-form';
import { HintText } from '../../components/hint-text';

/** Only paths inside this app: never follow a redirect to another site. */
function safeReturnPath(state: unknown): string {
  const from = (state as LoginRedirectState | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const account = useTranslation('account').t;
  const session = useSession();
  const location = useLocation();
  useDocumentTitle(t('login.title'));

  if (session.status === 'restoring') return <PageLoader />;
  if (session.status === 'authenticated') return <Navigate to={safeReturnPath(location.state)} replace />;

  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageSwitcher size="sm" w={160} />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={420} gap="lg">
          <Stack align="center" gap={6}>
            <ProductMark size={44} />
            <Title order={1} ta="center" size="h2">
              {t('login.title')}
            </Title>
            <Text c="dimmed" ta="center" size="sm">
              {t('login.subtitle')}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            <LoginForm login={session.login} />
          </Paper>
          <Anchor component={Link} to="/forgot-password" ta="center" size="sm" data-testid="forgot-password-link">
            {account('forgot.link')}
          </Anchor>
          {session.status === 'anonymous' && session.reason === 'expired' && (
            <HintText ta="center" role="status">{t('login.sessionExpired')}</HintText>
          )}
        </Stack>
      </Center>
    </Box>
  );
}
