import { createContext, lazy, Suspense, use, type ReactNode } from 'react';
import { PageLoader } from '../components/page-loader';
import type { ApolloAccess } from '../core/apollo/apollo-access';

/** The app's Apollo handle (AppProviders); null when the tree brings its own ApolloProvider. */
export const ApolloAccessContext = createContext<ApolloAccess | null>(null);

// Apollo's React bindings and the client come in their own chunk, after the login page shows.
const LoadedApolloProvider = lazy(() => import('./apollo-provider'));

/**
 * The pages that talk to the server through Apollo render inside this: it waits for the client
 * (a page loader meanwhile) and provides it. The login page stands outside, so the first page
 * needs no Apollo code. Where the tree already has a provider (the tests), it adds nothing.
 */
export function ApolloBoundary({ children }: { children: ReactNode }) {
  const apollo = use(ApolloAccessContext);
  if (!apollo || apollo.provided) return children;
  return (
    <Suspense fallback={<PageLoader />}>
      <LoadedApolloProvider apollo={apollo}>{children}</LoadedApolloProvider>
    </Suspense>
  );
}
