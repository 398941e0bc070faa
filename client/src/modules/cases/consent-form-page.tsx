import '../../components/print-sheet.css';
import './consent-form-print.css';
import '@mantine/core/styles/Checkbox.css';
import '@mantine/core/styles/CheckboxIndicator.css';
import '@mantine/core/styles/InlineInput.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import { useQuery } from '@apollo/client/react';
import { documentLanguageNames, isDocumentLanguage, type DocumentLanguage } from '@cirkel/i18n';
import { Alert, Button, Checkbox, Group, NativeSelect, Paper, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { calendarDate } from '../../components/calendar-date';
import { Icon } from '../../components/icon';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { PageHeader } from '../../components/page-header';
import { withChoiceOf } from '../../components/select-data';
import { useDocumentTitle } from '../../components/use-document-title';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { consentFormCaseQuery, consentFormQuery } from './case-operations';
import { referralPartnersQuery } from './cases-operations';
import { ConsentFormDocument } from './consent-form-document';
import { consentFormSearch, parseConsentFormParams, type ConsentFormParams } from './consent-form-params';
import { consentSections, useReferralLabels } from './use-referral-labels';
import { DocumentLanguageSelect } from './document-language-select';
import { useReadableNames } from '../../components/person-name';

/**
 * The printable consent form. The controls speak the interface language; the form itself speaks
 * the returnee's document language (their own by default) and turns right-to-left for Arabic and
 * Central Kurdish. Printing hides everything but the form.
 */
export function ConsentFormPage() {
  const { t, i18n } = useTranslation('cases');
  const labels = useReferralLabels();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseConsentFormParams(searchParams);
  useDocumentTitle(t('consentForm.title'));

  const withPartner = useQuery(consentFormQuery, { variables: { caseId: id, partnerId: params.partner ?? '' }, skip: !params.partner });
  const withoutPartner = useQuery(consentFormCaseQuery, { variables: { caseId: id }, skip: !!params.partner });
  const { data: partnersData } = useQuery(referralPartnersQuery);
  const current = params.partner ? withPartner : withoutPartner;
  const item = current.data?.case;
  const partner = params.partner ? withPartner.data?.organisation : undefined;

  const interfaceLanguage = currentLanguage(i18n);
  const language: DocumentLanguage =
    params.language ?? item?.returnee?.documentLanguage ?? (isDocumentLanguage(interfaceLanguage) ? interfaceLanguage : 'sv');
  // The form is the returnee's: names in the script of its language; the picker in the interface's.
  const documentNames = useReadableNames(language);
  const names = useReadableNames();
  const update = (patch: Partial<ConsentFormParams>) => setSearchParams(consentFormSearch({ ...params, language: params.language, ...patch }), { replace: true });

  const partners = partnersData?.referralPartners ?? [];
  // A partner named in the address stays offered even if it is not (or no longer) a referral partner.
  const partnerOptions = partner && !partners.some((option) => option.id === partner.id) ? [...partners, partner] : partners;

  return (
    <Stack gap="lg" maw={980}>
      <PageHeader
        gap="xs"
        data-print-hidden
        back={<BackLink to={`/cases/${id}`}>{t('consentForm.backToCase')}</BackLink>}
        title={t('consentForm.title')}
        intro={t('consentForm.intro')}
      />

      <Paper withBorder radius="md" p="md" data-print-hidden data-testid="consent-form-controls">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <NativeSelect
              label={t('consents.partner')}
              value={params.partner ?? ''}
              onChange={(event) => update({ partner: event.currentTarget.value || null })}
              data-testid="consent-form-partner"
              data={withChoiceOf(t('form.choose'), partnerOptions, (option) => names.label(option))}
            />
            <DocumentLanguageSelect
              label={t('consentForm.language')}
              description={item?.returnee ? t('consentForm.languageHint', { language: documentLanguageNames[item.returnee.documentLanguage] }) : undefined}
              value={language}
              onChange={(event) => update({ language: event.currentTarget.value as DocumentLanguage })}
              data-testid="consent-form-language"
            />
          </SimpleGrid>
          <Checkbox.Group
            label={t('consents.sections')}
            description={t('consentForm.sectionsHint')}
            value={params.sections}
            onChange={(value) => update({ sections: consentSections.filter((section) => value.includes(section)) })}
          >
            <Group gap="md" mt="xs">
              {consentSections.map((section) => (
                <Checkbox key={section} value={section} label={labels.section(section)} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group justify="flex-end">
            <Button onClick={() => window.print()} disabled={!item || !partner} data-testid="print">
              {t('consentForm.print')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      {current.error && !item ? (
        <LoadFailedAlert title={t('consentForm.loadFailed')} error={current.error} data-print-hidden />
      ) : !item ? (
        current.loading && <Skeleton h={480} radius="md" aria-label={t('consentForm.loading')} role="status" />
      ) : !partner ? (
        <Alert color="blue" variant="light" icon={<Icon name="alert" />} data-print-hidden data-testid="consent-form-choose-partner">
          {t('consentForm.choosePartner')}
        </Alert>
      ) : (
        <ConsentFormDocument
          language={language}
          data={{
            caseNumber: item.number,
            returnee: item.returnee ? `${item.returnee.firstName} ${item.returnee.lastName}` : '',
            dateOfBirth: calendarDate(item.returnee?.dateOfBirth),
            organisation: documentNames.label(item.organisation),
            partner: documentNames.label(partner),
            sections: params.sections,
          }}
        />
      )}
    </Stack>
  );
}
