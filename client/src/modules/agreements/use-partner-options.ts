import type { ErrorLike } from '@apollo/client';
import { useReadableNames } from '../../components/person-name';
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { useFormatters } from '../../core/i18n/use-formatters';
import { partnerDirectoryQuery } from './agreement-operations';

const directoryPageSize = 100;

export interface PartnerGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * Organisations that can be partners to an agreement (the directory, without the viewer's own),
 * grouped by country in the interface language. Fetches every page of the directory.
 */
export function usePartnerOptions(ownOrganisationId: string): { groups: PartnerGroup[]; loading: boolean; error: ErrorLike | undefined } {
  const format = useFormatters();
  const names = useReadableNames();
  const { data, loading, error, fetchMore } = useQuery(partnerDirectoryQuery, { variables: { first: directoryPageSize } });
  const pageInfo = data?.organisations.pageInfo;

  useEffect(() => {
    if (pageInfo?.hasNextPage && pageInfo.endCursor) {
      void fetchMore({ variables: { after: pageInfo.endCursor } }).catch(() => undefined);
    }
  }, [pageInfo?.hasNextPage, pageInfo?.endCursor, fetchMore]);

  const groups = useMemo(() => {
    const byCountry = new Map<string, PartnerGroup>();
    for (const { node } of data?.organisations.edges ?? []) {
      if (node.id === ownOrganisationId) continue;
      const country = format.country(node.country);
      const group = byCountry.get(country) ?? { group: country, items: [] };
      group.items.push({ value: node.id, label: names.label(node) });
      byCountry.set(country, group);
    }
    return [...byCountry.values()].sort((a, b) => a.group.localeCompare(b.group));
  }, [data, ownOrganisationId, format, names]);

  return { groups, loading, error };
}
