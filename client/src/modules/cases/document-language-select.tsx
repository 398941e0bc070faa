import { documentLanguageNames, documentLanguages } from '@cirkel/i18n';
import { NativeSelect, type NativeSelectProps } from '@mantine/core';

/** A choice of the languages a document can be printed in, each named in itself (and marked so). */
export function DocumentLanguageSelect(props: Omit<NativeSelectProps, 'data' | 'children'>) {
  return (
    <NativeSelect {...props}>
      {documentLanguages.map((language) => (
        <option key={language} value={language} lang={language}>
          {documentLanguageNames[language]}
        </option>
      ))}
    </NativeSelect>
  );
}
