import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isolate } from '../../components/bidi-isolate';
import { FailureAlert } from '../../components/failure-alert';
import { Icon } from '../../components/icon';
import { NoticeAlert } from '../../components/notice-alert';
import { useNoticeDialog } from '../../components/use-notice-dialog';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { useAttachmentErrorMessage, useAttachmentTransfer } from './attachment-transfer';
import { RecordConsentModal } from './record-consent-modal';
import { consentSections, useReferralLabels } from './use-referral-labels';
import { WithdrawConsentModal } from './withdraw-consent-modal';
import { HintText } from '../../components/hint-text';
import { PersonName, useReadableNames } from '../../components/person-name';

type Consent = CaseDetailsFragment['consents'][number];

interface ConsentsCardProps {
  item: CaseDetailsFragment;
  partners: readonly { id: string; name: string }[];
  /** Caseworkers and supervisors record and withdraw consent; others of the office only read. */
  canChange: boolean;
  onChanged: () => Promise<unknown>;
}

/** The returnee's consents, newest first; recording, withdrawing, and the signed forms (owner only). */
export function ConsentsCard({ item, partners, canChange, onChanged }: ConsentsCardProps) {
  const { t } = useTranslation(['cases', 'common']);
  const names = useReadableNames();
  const format = useFormatters();
  const labels = useReferralLabels();
  const { download } = useAttachmentTransfer();
  const attachmentError = useAttachmentErrorMessage();
  const [notice, setNotice] = useState<string | null>(null);
  const recording = useNoticeDialog(setNotice);
  const withdrawing = useNoticeDialog<Consent>(setNotice);
  const [downloadFailure, setDownloadFailure] = useState<string | null>(null);
  const consents = [...item.consents].sort((a, b) => b.recordedAt.localeCompare(a.recordedAt));

  const fetchForm = async (consent: Consent) => {
    if (!consent.form) return;
    setDownloadFailure(null);
    try {
      await download(consent.form.url, consent.form.fileName);
    } catch (error) {
      setDownloadFailure(attachmentError(error));
    }
  };

  return (
    <SectionCard
      title={t('consents.title')}
      icon="shield"
      testId="consents-card"
      actions={
        <Group gap="xs">
          <Button size="xs" variant="default" component={Link} to={`/cases/${item.id}/consent-form`} data-testid="print-consent-form">
            {t('consents.printForm')}
          </Button>
          {canChange && (
            <Button size="xs" leftSection={<Icon name="plus" size={14} />} onClick={() => recording.open(true)} data-testid="record-consent">
              {t('consents.record')}
            </Button>
          )}
        </Group>
      }
    >
      <Stack gap="sm">
        <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
        <FailureAlert failure={downloadFailure} withCloseButton closeButtonLabel={t('common:common.close')} onClose={() => setDownloadFailure(null)} />
        {consents.length === 0 ? (
          <HintText data-testid="consents-empty">{t('consents.empty')}</HintText>
        ) : (
          consents.map((consent) => (
            <Paper key={consent.id} withBorder radius="md" p="sm" data-testid="consent-row" data-active={consent.active}>
              <Group justify="space-between" align="flex-start" gap="sm">
                <Stack gap={4} miw={0}>
                  <Group gap="xs">
                    <Text fw={600} size="sm">
                      <PersonName named={consent.partner} />
                    </Text>
                    <Badge variant="light" color={consent.active ? 'teal' : 'gray'} tt="none" size="sm">
                      {consent.active ? t('consents.active') : t('consents.withdrawn')}
                    </Badge>
                  </Group>
                  <Group gap={4} aria-label={t('consents.sections')}>
                    {consentSections
                      .filter((section) => consent.sections.includes(section))
                      .map((section) => (
                        <Badge key={section} variant="outline" tt="none" size="sm" color={consent.active ? 'indigo' : 'gray'}>
                          {labels.section(section)}
                        </Badge>
                      ))}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t('consents.given', { date: format.day(consent.givenOn) ?? '', name: names.text(consent.recordedBy) })}
                  </Text>
                  {consent.withdrawnAt && (
                    <Text size="xs" c="dimmed">
                      {t('consents.withdrawnBy', { date: format.dateTime(consent.withdrawnAt), name: consent.withdrawnBy ? names.text(consent.withdrawnBy) : isolate(t('page.someone')) })}
                    </Text>
                  )}
                </Stack>
                <Group gap={4}>
                  {consent.form ? (
                    <Button size="xs" variant="subtle" onClick={() => void fetchForm(consent)} data-testid="download-consent-form">
                      {t('consents.download')}
                    </Button>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('consents.noForm')}
                    </Text>
                  )}
                  {consent.active && canChange && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => withdrawing.open(consent)} data-testid="withdraw-consent">
                      {t('consents.withdraw')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          ))
        )}
      </Stack>
      <RecordConsentModal
        opened={recording.opened}
        caseId={item.id}
        partners={partners}
        onClose={recording.close}
        onRecorded={recording.done((partnerName) => t('consents.recorded', { partner: isolate(partnerName) }), onChanged)}
      />
      <WithdrawConsentModal
        consent={withdrawing.item}
        onClose={withdrawing.close}
        onWithdrawn={withdrawing.done((partnerName) => t('consents.withdrawnNotice', { partner: isolate(partnerName) }), onChanged)}
      />
    </SectionCard>
  );
}
