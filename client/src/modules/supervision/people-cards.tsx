import { Anchor, List, Stack, Text } from '@mantine/core';
import { PersonName } from '../../components/person-name';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SupervisionDetailsFragment } from '../../gql/graphql';
import { CaseStatusBadge } from '../cases/case-status-badge';
import { SectionCard } from '../../components/section-card';
import { HintText } from '../../components/hint-text';

/** Who took part, by organisation. */
export function ParticipantsCard({ session }: { session: SupervisionDetailsFragment }) {
  const { t } = useTranslation('supervision');
  const organisations = [session.organisation, session.partner];
  return (
    <SectionCard title={t('participants.title')} icon="users" testId="supervision-participants">
      <Stack gap="sm">
        {organisations.map((organisation) => {
          const people = session.participants.filter((person) => person.organisation.id === organisation.id);
          return (
            <Stack gap={4} key={organisation.id}>
              <Text size="sm" fw={600}>
                <PersonName named={organisation} />
              </Text>
              {people.length === 0 ? (
                <HintText>{t('participants.none')}</HintText>
              ) : (
                <List size="sm" spacing={2}>
                  {people.map((person) => (
                    <List.Item key={person.id} data-testid="supervision-participant">
                      <PersonName named={person} />
                    </List.Item>
                  ))}
                </List>
              )}
            </Stack>
          );
        })}
      </Stack>
    </SectionCard>
  );
}

/**
 * The cases discussed: only those the viewer may see (the server leaves out the others), and how
 * many more are withheld, so that a withheld case never reads as "no cases linked".
 */
export function LinkedCasesCard({ session }: { session: SupervisionDetailsFragment }) {
  const { t } = useTranslation('supervision');
  const hidden = session.linkedCasesHidden;
  return (
    <SectionCard title={t('cases.title')} icon="user" testId="supervision-linked-cases">
      {session.linkedCases.length === 0 ? (
        hidden > 0 ? (
          <HintText data-testid="supervision-cases-hidden">{t('cases.allHidden', { count: hidden })}</HintText>
        ) : (
          <HintText data-testid="supervision-cases-empty">{t('cases.none')}</HintText>
        )
      ) : (
        <Stack gap="md">
          {session.linkedCases.map((item) => (
            <Stack key={item.id} gap={2} align="flex-start" data-testid="supervision-linked-case">
              <Anchor component={Link} to={`/cases/${item.id}`} fw={600} size="sm" dir="ltr" ta="start">
                {item.number}
              </Anchor>
              {item.returnee && (
                <Text size="sm">
                  {item.returnee.firstName} {item.returnee.lastName}
                </Text>
              )}
              <CaseStatusBadge status={item.status} />
            </Stack>
          ))}
          {hidden > 0 && <HintText data-testid="supervision-cases-hidden">{t('cases.hidden', { count: hidden })}</HintText>}
        </Stack>
      )}
    </SectionCard>
  );
}
