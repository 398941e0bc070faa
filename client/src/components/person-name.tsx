import { readableName, readableNameText, scriptOfText, type NamedInScripts } from '@cirkel/i18n';
import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// Names of staff and organisations in the reader's script (issue 11, point 4; i18n/names.js): the
// spelling in the reader's script first, the name as written beside it in a muted parenthesis when
// that is in another script, so that the person can still be recognised. Each part is isolated
// from the text around it, so an Arabic name keeps its direction in a Swedish sentence and back.

/** The reader's language for names: the interface's, or a document's (a consent form's language). */
function useReaderLanguage(language?: string): string {
  const { i18n } = useTranslation();
  return language ?? i18n.resolvedLanguage ?? i18n.language;
}

export interface ReadableNames {
  /** As one isolated line ("Ahmed (أحمد)"): for sentences, select options and titles. */
  text: (named: NamedInScripts) => string;
  /** Only the name in the reader's script, isolated: where the name as written would crowd the line. */
  short: (named: NamedInScripts) => string;
  /**
   * For an option of a picker, which stands alone: the name in the reader's script as it is, and
   * the name as written beside it in isolation ("Layla Al-Rawi (ليلى الراوي)"); typing either finds it.
   */
  label: (named: NamedInScripts, options?: { withWritten?: boolean }) => string;
}

/** Names as texts in the reader's script; `language` for a document in another language than the interface. */
export function useReadableNames(language?: string): ReadableNames {
  const reader = useReaderLanguage(language);
  return useMemo(
    () => ({
      text: (named) => readableNameText(named, reader),
      short: (named) => `\u2068${readableName(named, reader).name}\u2069`,
      label: (named, { withWritten = true } = {}) => {
        const { name, other } = readableName(named, reader);
        return other && withWritten ? `${name} (\u2068${other}\u2069)` : name;
      },
    }),
    [reader],
  );
}

interface PersonNameProps {
  /** A person or an organisation: its name as written and its spellings. */
  named: NamedInScripts;
  /** Show the name as written beside a spelling (default); off where space is tight. */
  withWritten?: boolean;
  /** Read in this language instead of the interface's (a printed document's). */
  language?: string;
}

/** A person's or an organisation's name as the reader reads it. */
export function PersonName({ named, withWritten = true, language }: PersonNameProps) {
  const { name, other } = readableName(named, useReaderLanguage(language));
  return (
    <>
      <bdi lang={langOf(name)}>{name}</bdi>
      {other && withWritten ? (
        <Text span inherit c="dimmed" data-name-as-written>
          {' ('}
          <bdi lang={langOf(other)}>{other}</bdi>
          {')'}
        </Text>
      ) : null}
    </>
  );
}

/** Arabic-script text gets lang="ar" (read aloud as Arabic whatever the interface); other text keeps the page's. */
function langOf(text: string): string | undefined {
  return scriptOfText(text) === 'arabic' ? 'ar' : undefined;
}
