import { direction } from '@cirkel/i18n';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { SessionProvider } from '../core/auth/session-context';
import type { SessionStore } from '../core/auth/session-store';
import { translatedTheme } from './theme';

export interface AppProvidersProps {
  i18n: I18n;
  session: SessionStore;
  /** `test` turns off Mantine's transitions and portals (jsdom). */
  mantineEnv?: 'default' | 'test';
  children: ReactNode;
}

/** Everything below Apollo's provider (the app and the tests each bring their own client). */
export function AppProviders({ i18n, session, mantineEnv = 'default', children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      {/* Follows <html dir>, which the i18n languageChanged handler keeps in step. */}
      <DirectionProvider initialDirection={direction(i18n.language)} detectDirection>
        <TranslatedMantineProvider env={mantineEnv}>
          <SessionProvider store={session}>{children}</SessionProvider>
        </TranslatedMantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}

/** Mantine with the theme in the current language (its defaults name close and "show password" buttons). */
function TranslatedMantineProvider({ env, children }: { env: 'default' | 'test'; children: ReactNode }) {
  const { t } = useTranslation();
  const theme = useMemo(() => translatedTheme(t), [t]);
  return (
    <MantineProvider theme={theme} env={env}>
      {children}
    </MantineProvider>
  );
}
