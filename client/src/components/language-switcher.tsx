import { languageNames, languages, type Language } from '@cirkel/i18n';
import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../core/auth/session-context';
import { currentLanguage } from '../core/i18n/create-i18n';
import { Icon } from './icon';

/**
 * A native <select> of the interface languages, each named in its own language (so a person
 * who cannot read the current one still finds theirs). Signed in, the choice is stored on the
 * server too, so that its messages and e-mails follow.
 */
export function LanguageSwitcher(props: Omit<NativeSelectProps, 'data' | 'value' | 'onChange'>) {
  const { t, i18n } = useTranslation();
  const { changeLanguage } = useSession();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      data-testid="language-switcher"
      leftSection={<Icon name="language" size={16} />}
      value={currentLanguage(i18n)}
      onChange={(event) => void changeLanguage(event.currentTarget.value as Language).catch(() => undefined)}
      {...props}
    >
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageNames[language]}
        </option>
      ))}
    </NativeSelect>
  );
}
