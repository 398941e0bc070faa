import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/bidi-isolate';
import { Icon } from '../../components/icon';
import { NoticeAlert } from '../../components/notice-alert';
import { useNoticeDialog } from '../../components/use-notice-dialog';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseDetailsFragment, ReferralAction } from '../../gql/graphql';
import { CoverNote } from '../referrals/cover-note';
import { ReferralActions } from '../referrals/referral-actions';
import { ReferralStatusBadge } from '../referrals/referral-status-badge';
import { SendReferralModal } from './send-referral-modal';
import { consentSections, useReferralLabels } from './use-referral-labels';
import { HintText } from '../../components/hint-text';
import { PersonName, useReadableNames } from '../../components/person-name';

interface ReferralsCardProps {
  item: CaseDetailsFragment;
  partners: readonly { id: string; name: string }[];
  /** The owner's caseworkers and supervisors send referrals. */
  canSend: boolean;
  onChanged: () => Promise<unknown>;
  /** After the viewer took an action on one of the referrals (the case page leads on from an acceptance). */
  onAnswered?: (action: ReferralAction) => void;
}

/** The case's referrals (a partner sees only its own), with the actions the server allows each. */
export function ReferralsCard({ item, partners, canSend, onChanged, onAnswered }: ReferralsCardProps) {
  const { t } = useTranslation(['cases', 'common']);
  const format = useFormatters();
  const names = useReadableNames();
  const labels = useReferralLabels();
  const [notice, setNotice] = useState<string | null>(null);
  const sending = useNoticeDialog(setNotice);
  const referrals = [...item.referrals].sort((a, b) => b.sentAt.localeCompare(a.sentAt));

  return (
    <SectionCard
      title={t('referrals.title')}
      icon="building"
      testId="referrals-card"
      actions={
        canSend && (
          <Button size="xs" leftSection={<Icon name="plus" size={14} />} onClick={() => sending.open(true)} data-testid="send-referral">
            {t('referrals.send')}
          </Button>
        )
      }
    >
      <Stack gap="sm">
        <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
        {referrals.length === 0 ? (
          <HintText data-testid="referrals-empty">{t('referrals.empty')}</HintText>
        ) : (
          referrals.map((referral) => (
            <Paper key={referral.id} withBorder radius="md" p="sm" data-testid="referral-row">
              <Stack gap={6}>
                <Group justify="space-between" gap="xs">
                  <Text fw={600} size="sm" data-testid="referral-partner">
                    {item.viewerIsOwner ? <PersonName named={referral.to} /> : t('referrals.from', { organisation: names.text(referral.from) })}
                  </Text>
                  <ReferralStatusBadge status={referral.status} />
                </Group>
                <Group gap={4} aria-label={t('referrals.sections')}>
                  {consentSections
                    .filter((section) => referral.sections.includes(section))
                    .map((section) => (
                      <Badge key={section} variant="outline" tt="none" size="sm">
                        {labels.section(section)}
                      </Badge>
                    ))}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('referrals.sent', { date: format.dateTime(referral.sentAt), name: names.text(referral.sentBy) })}
                </Text>
                {referral.status === 'PENDING' && (
                  <Text size="xs" c="dimmed" data-testid="referral-expiry">
                    {t('referrals.expires', { date: format.dateTime(referral.expiresAt) })}
                  </Text>
                )}
                {referral.respondedAt && (
                  <Text size="xs" c="dimmed">
                    {t('referrals.answered', { date: format.dateTime(referral.respondedAt), name: referral.respondedBy ? names.text(referral.respondedBy) : isolate(t('page.someone')) })}
                  </Text>
                )}
                <CoverNote note={referral.coverNote} />
                {referral.status === 'DECLINED' && referral.declineReason && (
                  <Text size="sm" data-testid="decline-reason">
                    <Text span fw={600} inherit>
                      {t('referrals.declineReason')}:
                    </Text>{' '}
                    {referral.declineReason}
                  </Text>
                )}
                <ReferralActions
                  referral={referral}
                  subject={item.viewerIsOwner ? names.label(referral.to) : item.number}
                  onDone={(action) => {
                    onAnswered?.(action);
                    void onChanged().catch(() => undefined);
                  }}
                />
              </Stack>
            </Paper>
          ))
        )}
      </Stack>
      {canSend && (
        <SendReferralModal
          opened={sending.opened}
          item={item}
          partners={partners}
          onClose={sending.close}
          onSent={sending.done((partnerName) => t('referrals.sentNotice', { partner: isolate(partnerName) }), onChanged)}
        />
      )}
    </SectionCard>
  );
}
