import type pg from 'pg';
import { demoOrganisationId } from './demo-data.js';

/**
 * Where the demo's returnees came from (issue 12, point 4): Stockholm's cases attributed to its
 * associations, its outreach activities, a consultation of the city's staff, the Migration Agency
 * and one on the returnee's own initiative; Gothenburg's one case to a consultation of its own.
 * Runs after the cases and the outreach are seeded; each source names the case owner's own rows
 * (the composite foreign keys of migration 0018 would refuse anything else).
 */
const stockholm = demoOrganisationId(1);
const gothenburg = demoOrganisationId(2);
const contactId = (n: number) => `5a0c0000-0000-4000-8300-${String(n).padStart(12, '0')}`;

/** The newest activity of the organisation with this title, as a subquery. */
const activityTitled = (title: string) =>
  `(SELECT a.id FROM outreach_activity a WHERE a.organisation_id = $1 AND a.title = ${escape(title)} ORDER BY a.held_on DESC, a.id LIMIT 1)`;
/** The organisation's newest consultation asked by this directory entry, as a subquery. */
const consultationOf = (contact: number) =>
  `(SELECT s.id FROM staff_consultation s WHERE s.organisation_id = $1 AND s.department_contact_id = '${contactId(contact)}' ORDER BY s.held_on DESC, s.id LIMIT 1)`;

function escape(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

interface DemoSource {
  owner: string;
  /** The case's sequence in its organisation's year (the order of demo-cases.ts). */
  sequence: number;
  kind: string;
  contact?: number;
  activity?: string;
  consultation?: number;
}

const sources: DemoSource[] = [
  { owner: stockholm, sequence: 1, kind: 'OUTREACH_ACTIVITY', activity: 'Informationskväll om återvandringsstöd' },
  { owner: stockholm, sequence: 2, kind: 'ASSOCIATION', contact: 3 },
  { owner: stockholm, sequence: 3, kind: 'ASSOCIATION', contact: 2 },
  { owner: stockholm, sequence: 4, kind: 'OUTREACH_ACTIVITY', activity: 'Bokbord vid fredagsbönen' },
  { owner: stockholm, sequence: 5, kind: 'CITY_DEPARTMENT', contact: 9, consultation: 9 },
  { owner: stockholm, sequence: 6, kind: 'AUTHORITY', contact: 7 },
  { owner: stockholm, sequence: 7, kind: 'OWN_INITIATIVE' },
  { owner: gothenburg, sequence: 1, kind: 'CITY_DEPARTMENT', contact: 13, consultation: 13 },
];

export async function seedDemoCaseSources(client: pg.Client): Promise<void> {
  const year = new Date().getUTCFullYear();
  for (const source of sources) {
    await client.query(
      `UPDATE referral_case SET source_kind = $3, source_contact_id = $4,
              source_outreach_activity_id = ${source.activity ? activityTitled(source.activity) : 'NULL'},
              source_consultation_id = ${source.consultation ? consultationOf(source.consultation) : 'NULL'}
        WHERE organisation_id = $1 AND sequence = $2 AND year = $5`,
      [source.owner, source.sequence, source.kind, source.contact ? contactId(source.contact) : null, year],
    );
  }
}
