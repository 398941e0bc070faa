import { AgreementScope } from '../../gql/graphql';

/** Scopes in the order cooperation usually grows: referrals first, reports last. */
export const agreementScopeOptions: readonly AgreementScope[] = [
  AgreementScope.Referrals,
  AgreementScope.FollowUp,
  AgreementScope.Supervision,
  AgreementScope.Reporting,
];
