import { Badge, Group, Tooltip } from '@mantine/core';
import type { AgreementScope } from '../../gql/graphql';
import { useAgreementsTranslation } from './use-agreements-translation';

/** What an agreement covers, each scope named in the interface language with what it allows. */
export function AgreementScopeBadges({ scopes }: { scopes: readonly AgreementScope[] }) {
  const { t } = useAgreementsTranslation();
  return (
    <Group gap={4} data-testid="agreement-scopes">
      {scopes.map((scope) => (
        <Tooltip key={scope} label={t(`scopeDescriptions.${scope}`)} multiline w={240} withArrow>
          <Badge variant="outline" color="indigo" radius="sm" tt="none">
            {t(`scopes.${scope}`)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
