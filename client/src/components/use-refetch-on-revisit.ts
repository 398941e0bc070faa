import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Calls `refetch` when the person opens the page again while already on it (a notification's
 * link to this same case): the router keeps the page mounted, but they expect what is new.
 */
export function useRefetchOnRevisit(refetch: () => void): void {
  const { key } = useLocation();
  const seen = useRef(key);
  const latest = useRef(refetch);
  latest.current = refetch;
  useEffect(() => {
    if (seen.current === key) return;
    seen.current = key;
    latest.current();
  }, [key]);
}
