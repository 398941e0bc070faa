import { ApolloProvider } from '@apollo/client/react';
import { use, type ReactNode } from 'react';
import type { ApolloAccess } from '../core/apollo/apollo-access';

/** Provides the client once loaded (suspending until then; `load()` returns the same promise each time). */
export default function LoadedApolloProvider({ apollo, children }: { apollo: ApolloAccess; children: ReactNode }) {
  const client = use(apollo.load());
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
