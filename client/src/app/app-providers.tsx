import { direction } from '@cirkel/i18n';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import type { i18n as I18n } from 'i18next';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { ApolloAccess } from '../core/apollo/apollo-access';
import { SessionProvider } from '../core/auth/session-context';
import type { SessionStore } from '../core/auth/session-store';
import { ApolloAccessContext } from './apollo-boundary';
import { cssVariablesResolver, translatedTheme } from './theme';

export interface AppProvidersProps {
  i18n: I18n;
  session: SessionStore;
  /** Apollo Client, loaded when first needed (the app) or already in an ApolloProvider above (the tests). */
  apollo?: ApolloAccess;
  /** `test` turns off Mantine's transitions and portals (jsdom). */
  mantineEnv?: 'default' | 'test';
  children: ReactNode;
}

/**
 * Everything the app's pages stand in. Apollo's provider is not here: the app adds it below the
 * login page (ApolloBoundary), the tests above this.
 */
export function AppProviders({ i18n, session, apollo, mantineEnv = 'default', children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      {/* Follows <html dir>, which the i18n languageChanged handler keeps in step. */}
      <DirectionProvider initialDirection={direction(i18n.language)} detectDirection>
        <TranslatedMantineProvider env={mantineEnv}>
          <ApolloAccessContext value={apollo ?? null}>
            <SessionProvider store={session} apollo={apollo}>
              {children}
            </SessionProvider>
          </ApolloAccessContext>
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
    <MantineProvider theme={theme} env={env} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}
