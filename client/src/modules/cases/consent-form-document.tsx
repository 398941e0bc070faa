import type { ReactNode } from 'react';
import { documentDirection, documents, type DocumentLanguage } from '@cirkel/i18n';
import { Box, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ConsentSection } from '../../gql/graphql';
import type english from '../../../../i18n/documents/en/consent-form.json';
import { isolate } from '../../components/bidi-isolate';
import { formatCalendarDate } from '../../components/calendar-date';
import { firstWithData } from '../../core/i18n/intl-locale';
import { consentSections } from './use-referral-labels';

type ConsentFormText = typeof english;

export interface ConsentFormData {
  caseNumber: string;
  returnee: string;
  dateOfBirth: string | null;
  organisation: string;
  partner: string;
  sections: readonly ConsentSection[];
}

/** Puts the names into a document text: "{{partner}}" → "CLDD Baghdad", each isolated in its own direction. */
function fill(text: string, values: Record<string, string>): ReactNode {
  const parts = text.split(/({{\s*\w+\s*}})/g);
  return parts.map((part, index) => {
    const name = /^{{\s*(\w+)\s*}}$/.exec(part)?.[1];
    if (name === undefined || values[name] === undefined) return part;
    // The case number is one unbroken left-to-right word, also inside an Arabic sentence (issue 11).
    if (name === 'caseNumber') return <CaseNumber key={index} value={values[name]} />;
    return isolate(values[name]);
  });
}

/** STO-2026-0042: never broken at its hyphens across lines, and read left to right in any document. */
function CaseNumber({ value }: { value: string }) {
  return (
    <bdi dir="ltr" className="consent-form-case-number" data-testid="consent-form-case-number">
      {value}
    </bdi>
  );
}

/**
 * A date in the document language where the browser really knows it (Chromium says it supports
 * "bs" and writes "2025 M11 3": see hasOwnData); otherwise unambiguous ISO (1985-04-02).
 */
function documentDate(language: DocumentLanguage, value: string): string {
  const locale = firstWithData(dateLocales[language]);
  return locale ? formatCalendarDate(locale, value) : value;
}

// Bosnian falls back to Serbian and Croatian in Latin script, as the interface does; Somali and
// Sorani data are missing from some browsers, and then the date is ISO.
const dateLocales: Record<DocumentLanguage, readonly string[]> = {
  sv: ['sv-SE'],
  en: ['en-GB'],
  bs: ['bs-BA', 'sr-Latn-BA', 'hr-BA'],
  ar: ['ar'],
  so: ['so'],
  ckb: ['ckb'],
};

/**
 * The consent form as the returnee reads and signs it: entirely in the document language, and
 * right-to-left for Arabic and Central Kurdish, whatever language the page around it speaks.
 */
export function ConsentFormDocument({ language, data }: { language: DocumentLanguage; data: ConsentFormData }) {
  const text = documents[language]['consent-form'] as unknown as ConsentFormText;
  const values = { caseNumber: data.caseNumber, returnee: data.returnee, organisation: data.organisation, partner: data.partner };
  const f = (template: string) => fill(template, values);
  const dateOfBirth = data.dateOfBirth ? documentDate(language, data.dateOfBirth) : null;
  const details: [string, ReactNode][] = [
    [text.details.returnee, data.returnee],
    ...(dateOfBirth ? [[text.details.dateOfBirth, dateOfBirth] as [string, ReactNode]] : []),
    [text.details.caseNumber, <CaseNumber value={data.caseNumber} />],
    [text.details.organisation, data.organisation],
    [text.details.partner, data.partner],
  ];
  const paragraphs: { heading: string; text: string }[] = [
    { heading: text.why.heading, text: text.why.text },
    { heading: text.voluntary.heading, text: text.voluntary.text },
    { heading: text.withdraw.heading, text: text.withdraw.text },
    { heading: text.how.heading, text: text.how.text },
  ];

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'xl' }}
      className="print-sheet consent-form-sheet"
      dir={documentDirection(language)}
      lang={language}
      ta="start"
      data-testid="consent-form-document"
    >
      <Stack gap={2} mb="md">
        <Title order={1} size="h2">
          {text.title}
        </Title>
        <Text c="dimmed">{text.subtitle}</Text>
      </Stack>

      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={0} mb="md">
        <Table.Tbody>
          {details.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w="38%" fw={600} style={{ textAlign: 'start' }}>
                {label}
              </Table.Th>
              <Table.Td>
                <bdi>{value}</bdi>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>

      <p>{f(text.intro)}</p>

      <h2>{text.who.heading}</h2>
      <p>{f(text.who.text)}</p>

      <h2>{text.what.heading}</h2>
      <p>{f(text.what.text)}</p>
      <Stack gap={6} mb="sm">
        {consentSections.map((section) => {
          const shared = data.sections.includes(section);
          return (
            <Group key={section} gap="sm" wrap="nowrap" align="flex-start" className="consent-form-section" data-testid={`consent-form-section-${section}`} data-shared={shared}>
              <Text component="span" size="lg" lh={1.2} aria-hidden>
                {shared ? '☒' : '☐'}
              </Text>
              <Box>
                <Text fw={600}>
                  {text.sections[section].title}{' '}
                  <Text span size="sm" c="dimmed" fw={400}>
                    ({shared ? text.what.shared : text.what.notShared})
                  </Text>
                </Text>
                <Text size="sm">{f(text.sections[section].text)}</Text>
              </Box>
            </Group>
          );
        })}
      </Stack>

      {paragraphs.map((paragraph) => (
        <Box key={paragraph.heading} className="consent-form-section">
          <h2>{paragraph.heading}</h2>
          <p>{f(paragraph.text)}</p>
        </Box>
      ))}
      <p>{f(text.questions)}</p>

      <Box className="consent-form-signatures" mt="lg">
        <h2>{text.signatures.heading}</h2>
        <p>{f(text.signatures.statement)}</p>
        <SimpleGrid cols={2} spacing="xl" mt="md">
          <Stack gap="md">
            <SignatureLine label={f(text.signatures.returnee)} />
            <SimpleGrid cols={2} spacing="md">
              <SignatureLine label={text.signatures.place} />
              <SignatureLine label={text.signatures.date} />
            </SimpleGrid>
          </Stack>
          <Stack gap="md">
            <SignatureLine label={f(text.signatures.caseworker)} />
            <SignatureLine label={text.signatures.caseworkerName} />
            <SimpleGrid cols={2} spacing="md">
              <SignatureLine label={text.signatures.place} />
              <SignatureLine label={text.signatures.date} />
            </SimpleGrid>
          </Stack>
        </SimpleGrid>
        <Text size="sm" mt="lg">
          {f(text.copy)}
        </Text>
      </Box>
    </Paper>
  );
}

function SignatureLine({ label }: { label: ReactNode }) {
  return (
    <Box>
      <div className="consent-form-signature" />
      <Text size="xs" mt={2}>
        {label}
      </Text>
    </Box>
  );
}
