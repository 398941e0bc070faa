import { connectionPage } from '../../../test/connection';
import type { ContactKind, ContactStatus } from '../../gql/graphql';
import { staffMember } from '../../../test/fixtures';

// Test data for the contacts pages (imported only by *.test.tsx files). Invented names.

interface ContactOptions {
  id: string;
  name: string;
  kind?: ContactKind;
  status?: ContactStatus;
  focusCountries?: string[];
  languages?: string[];
  district?: string | null;
  archived?: boolean;
}

export function contactListItem({ id, name, kind = 'IMMIGRANT_ASSOCIATION', status = 'CONTACTED', focusCountries = ['SO'], languages = ['so', 'sv'], district = 'Rinkeby-Kista', archived = false }: ContactOptions) {
  return { __typename: 'ContactOrganisation' as const, id, name, kind, status, focusCountries, languages, district, archived };
}

export function contactConnection(nodes: ReturnType<typeof contactListItem>[], options: { hasNextPage?: boolean; totalCount?: number } = {}) {
  return { data: { contactOrganisations: connectionPage('ContactOrganisationConnection', nodes, options) } };
}

export const staff = staffMember('user-1', 'Amra Hodžić');

export function person(id: string, name: string, extra: Partial<{ roleTitle: string | null; phone: string | null; email: string | null; preferredLanguage: string | null; version: number }> = {}) {
  return { __typename: 'ContactPerson' as const, id, name, roleTitle: null, phone: null, email: null, preferredLanguage: null, version: 1, ...extra };
}

export function contactDetail(options: ContactOptions & { people?: ReturnType<typeof person>[]; history?: { id: string; from: ContactStatus | null; to: ContactStatus; note?: string | null }[]; letter?: boolean }) {
  const { people = [], history, letter = false, ...list } = options;
  const item = contactListItem(list);
  return {
    ...item,
    address: 'Kistagången 1, 164 40 Kista',
    website: 'https://somali-hidde.example',
    version: 3,
    createdAt: '2026-01-10T09:00:00.000Z',
    archivedAt: item.archived ? '2026-11-01T09:00:00.000Z' : null,
    letterOfIntent: letter
      ? { __typename: 'Attachment' as const, id: 'file-1', fileName: 'avsiktsforklaring.pdf', contentType: 'application/pdf', size: 1200, url: '/attachments/file-1' }
      : null,
    people,
    statusHistory: (history ?? [{ id: 'h1', from: null, to: item.status }]).map((entry, index) => ({
      __typename: 'ContactStatusChange' as const,
      id: entry.id,
      fromStatus: entry.from,
      toStatus: entry.to,
      note: entry.note ?? null,
      changedAt: `2026-0${index + 2}-01T10:00:00.000Z`,
      changedBy: staff,
    })),
  };
}

export function timelinePage(nodes: { id: string; title: string; heldOn: string }[]) {
  return {
    data: {
      outreachActivities: connectionPage(
        'OutreachActivityConnection',
        nodes.map((node) => ({
          __typename: 'OutreachActivity' as const,
          ...node,
          kind: 'INFORMATION_MEETING' as const,
          topics: ['RETURN_SUPPORT' as const, 'COUNTRY_SITUATION' as const],
          participants: 14,
          heldBy: [staff],
          people: [{ __typename: 'ContactPerson' as const, id: 'p1', name: 'Hodan Warsame' }],
        })),
      ),
    },
  };
}
