import { DescribedBadges } from '../../components/described-badges';
import type { AgreementScope } from '../../gql/graphql';
import { useAgreementsTranslation } from './use-agreements-translation';

/** What an agreement covers, each scope named in the interface language with what it allows. */
export function AgreementScopeBadges({ scopes }: { scopes: readonly AgreementScope[] }) {
  const { t } = useAgreementsTranslation();
  return (
    <DescribedBadges
      testId="agreement-scopes"
      items={scopes.map((scope) => ({ key: scope, label: t(`scopes.${scope}`), description: t(`scopeDescriptions.${scope}`) }))}
    />
  );
}
