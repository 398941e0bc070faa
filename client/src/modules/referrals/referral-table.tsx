import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ListTable, type ListColumn } from '../../components/data-table';
import { DescribedBadges } from '../../components/described-badges';
import { useFormatters } from '../../core/i18n/use-formatters';
import { ReferralStatus, type ReferralAction, type ReferralListItemFragment } from '../../gql/graphql';
import { ReferralActions } from './referral-actions';
import { ReferralExpiry } from './referral-expiry';
import { ReferralStatusBadge } from './referral-status-badge';
import { useReferralsTranslation } from './use-referrals-translation';
import { HintText } from '../../components/hint-text';
import { CoverNote } from './cover-note';
import { PersonName, useReadableNames } from '../../components/person-name';

interface ReferralTableProps {
  referrals: readonly ReferralListItemFragment[];
  caption: string;
  /** The referred-cases list mixes statuses; the inbox holds only those awaiting an answer. */
  showStatus?: boolean;
  onAnswered: (referral: ReferralListItemFragment, action: ReferralAction) => void;
}

/** Referrals received by the viewer's organisation, one row each, with a way into the case. */
export function ReferralTable({ referrals, caption, showStatus = false, onAnswered }: ReferralTableProps) {
  const { t } = useReferralsTranslation();
  const format = useFormatters();
  const names = useReadableNames();
  const now = Date.now();
  const columns: ListColumn<ReferralListItemFragment>[] = [
    {
      label: t('table.case'),
      cell: (referral) => {
        // Null once the viewer may no longer see the case (declined, revoked, expired).
        const referredCase = referral.case;
        const returnee = referredCase?.returnee;
        return referredCase ? (
          <Stack gap={2}>
            <Anchor component={Link} to={`/cases/${referredCase.id}`} fw={600} size="sm" dir="ltr" ta="start">
              {referredCase.number}
            </Anchor>
            {returnee ? (
              <Text size="sm" data-testid="returnee-name">
                {returnee.firstName} {returnee.lastName}
              </Text>
            ) : (
              <HintText fs="italic">{t('table.identityNotShared')}</HintText>
            )}
            <Text size="xs" c="dimmed">
              {t('table.destination', {
                place: referredCase.destinationPlace,
                country: format.country(referredCase.destinationCountry),
              })}
            </Text>
          </Stack>
        ) : (
          <HintText fs="italic">{t('table.caseUnavailable')}</HintText>
        );
      },
    },
    {
      label: t('table.from'),
      cell: (referral) => (
        <Stack gap={2}>
          <Text size="sm" data-testid="referral-from">
            <PersonName named={referral.from} />
          </Text>
          <Text size="xs" c="dimmed">
            {t('table.sentBy', { name: names.text(referral.sentBy) })}
          </Text>
          <CoverNote note={referral.coverNote} />
        </Stack>
      ),
    },
    {
      label: t('table.sections'),
      cell: (referral) => (
        <DescribedBadges
          testId="shared-sections"
          items={referral.sections.map((section) => ({ key: section, label: t(`sections.${section}`), description: t(`sectionDescriptions.${section}`) }))}
        />
      ),
    },
    {
      label: t('table.sent'),
      cell: (referral) => (
        <Text size="sm" title={format.dateTime(referral.sentAt)}>
          {format.date(referral.sentAt)}
        </Text>
      ),
    },
    {
      label: showStatus ? t('table.status') : t('table.answerBy'),
      cell: (referral) => (
        <Stack gap={4} align="flex-start">
          {showStatus && <ReferralStatusBadge status={referral.status} />}
          {referral.status === ReferralStatus.Pending ? (
            <ReferralExpiry expiresAt={referral.expiresAt} now={now} />
          ) : (
            referral.respondedAt && (
              <Text size="xs" c="dimmed">
                {t('table.answered', { date: format.date(referral.respondedAt) })}
              </Text>
            )
          )}
        </Stack>
      ),
    },
    {
      label: t('table.actions'),
      cell: (referral) => <ReferralActions referral={referral} subject={referral.case?.number} onDone={(action) => onAnswered(referral, action)} />,
    },
  ];
  return (
    <ListTable minWidth={920} caption={caption} items={referrals} columns={columns} rowTestId="referral-row" idAttribute="data-referral-id" />
  );
}
