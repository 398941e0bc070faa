import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { ListTable } from '../../components/data-table';
import { DescribedBadges } from '../../components/described-badges';
import { useFormatters } from '../../core/i18n/use-formatters';
import { ReferralStatus, type ReferralAction, type ReferralListItemFragment } from '../../gql/graphql';
import { CoverNote } from './cover-note';
import { ReferralActions } from './referral-actions';
import { ReferralExpiry } from './referral-expiry';
import { ReferralStatusBadge } from './referral-status-badge';
import { useReferralsTranslation } from './use-referrals-translation';
import { HintText } from '../../components/hint-text';

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
  const now = Date.now();
  return (
    <ListTable
      minWidth={920}
      caption={caption}
      columns={[
        t('table.case'),
        t('table.from'),
        t('table.sections'),
        t('table.sent'),
        showStatus ? t('table.status') : t('table.answerBy'),
        t('table.actions'),
      ]}
    >
      {referrals.map((referral) => {
        // Null once the viewer may no longer see the case (declined, revoked, expired).
        const referredCase = referral.case;
        const returnee = referredCase?.returnee;
        return (
          <Table.Tr key={referral.id} data-testid="referral-row" data-referral-id={referral.id}>
            <Table.Td>
              {referredCase ? (
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
              )}
            </Table.Td>
            <Table.Td>
              <Stack gap={2}>
                <Text size="sm">{referral.from.name}</Text>
                <Text size="xs" c="dimmed">
                  {t('table.sentBy', { name: referral.sentBy.name })}
                </Text>
                <CoverNote note={referral.coverNote} />
              </Stack>
            </Table.Td>
            <Table.Td>
              <DescribedBadges
                testId="shared-sections"
                items={referral.sections.map((section) => ({ key: section, label: t(`sections.${section}`), description: t(`sectionDescriptions.${section}`) }))}
              />
            </Table.Td>
            <Table.Td>
              <Text size="sm" title={format.dateTime(referral.sentAt)}>
                {format.date(referral.sentAt)}
              </Text>
            </Table.Td>
            <Table.Td>
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
            </Table.Td>
            <Table.Td>
              <ReferralActions referral={referral} subject={referredCase?.number} onDone={(action) => onAnswered(referral, action)} />
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
