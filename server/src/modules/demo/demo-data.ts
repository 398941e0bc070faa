import type { Language } from '@cirkel/i18n';
import { OrganisationKind } from '../organisations/organisations.enums.js';
import { Role } from '../users/role.enum.js';

/** Demo data only: printed at start so that anyone can log in to a fresh portal. */
export const DEMO_PASSWORD = 'Cirkel-demo-2026';

export interface DemoOrganisation {
  id: string;
  name: string;
  /** Its name in the script `name` is not written in (issue 11, point 4). */
  nameLatin: string | null;
  nameArabic: string | null;
  kind: OrganisationKind;
  country: string;
  defaultLanguage: Language;
  timeZone: string;
  users: Array<{ id: string; email: string; name: string; nameLatin: string | null; roles: Role[]; language: Language }>;
}

/**
 * Each organisation's name in the other script, by its number: Arabic for the Arabic interface
 * (the Baghdad office writes its own in Arabic, and gets a Latin one for everyone else).
 */
const otherScriptNames: Record<number, { nameLatin?: string; nameArabic?: string }> = {
  1: { nameArabic: 'مدينة ستوكهولم، العودة الطوعية' },
  2: { nameArabic: 'مدينة يوتبوري' },
  3: { nameArabic: 'مدينة برييدور' },
  4: { nameArabic: 'بلدية سانسكي موست' },
  5: { nameArabic: 'مدينة بيهاتش' },
  6: { nameArabic: 'مركز التنمية المحلية والمغتربين – البوسنة والهرسك' },
  7: { nameLatin: 'CLDD Baghdad (Centre for Local Development and Diaspora)' },
};

/** Where an organisation is: its country, the language it works in and its time zone. */
const places = {
  SE: { defaultLanguage: 'sv', timeZone: 'Europe/Stockholm' },
  BA: { defaultLanguage: 'bs', timeZone: 'Europe/Sarajevo' },
  IQ: { defaultLanguage: 'ar', timeZone: 'Asia/Baghdad' },
} as const;

/**
 * A demo user: the e-mail's local part, the name, the roles, a language other than the
 * organisation's, and the name in Latin script where it is written in Arabic.
 */
type DemoUser = [mailbox: string, name: string, roles: Role[], language?: Language, nameLatin?: string];

/** The `number`th demo organisation's id. */
export const demoOrganisationId = (number: number) => `5a0c0000-0000-4000-8000-${String(number).padStart(12, '0')}`;

/**
 * The `number`th demo organisation; its ids and its users' ids follow the number
 * (5a0c0000-0000-4000-8000-00000000000n, 5a0c0000-0000-4000-800n-00000000000m), so that the
 * demo cases can name them.
 */
function organisation(
  number: number,
  name: string,
  kind: OrganisationKind,
  country: keyof typeof places,
  mailDomain: string,
  users: DemoUser[],
): DemoOrganisation {
  const place = places[country];
  return {
    id: demoOrganisationId(number),
    name,
    nameLatin: otherScriptNames[number]?.nameLatin ?? null,
    nameArabic: otherScriptNames[number]?.nameArabic ?? null,
    kind,
    country,
    ...place,
    users: users.map(([mailbox, userName, roles, language, nameLatin], index) => ({
      id: `5a0c0000-0000-4000-800${number}-${String(index + 1).padStart(12, '0')}`,
      email: `${mailbox}@${mailDomain}`,
      name: userName,
      nameLatin: nameLatin ?? null,
      roles,
      language: language ?? place.defaultLanguage,
    })),
  };
}

export const demoOrganisations: DemoOrganisation[] = [
  organisation(1, 'Stockholms stad, Frivillig återvandring', OrganisationKind.CITY, 'SE', 'stockholm.example', [
    ['anna.lindqvist', 'Anna Lindqvist', [Role.CASEWORKER]],
    ['johan.berg', 'Johan Berg', [Role.CASEWORKER]],
    ['eva.sandberg', 'Eva Sandberg', [Role.SUPERVISOR, Role.CASEWORKER]],
    ['karin.holm', 'Karin Holm', [Role.COORDINATOR]],
    ['omar.hassan', 'Omar Hassan', [Role.ANALYST], 'en'],
  ]),
  organisation(2, 'Göteborgs stad', OrganisationKind.CITY, 'SE', 'goteborg.example', [
    ['lena.nilsson', 'Lena Nilsson', [Role.CASEWORKER]],
    ['per.olsson', 'Per Olsson', [Role.COORDINATOR]],
  ]),
  organisation(3, 'Grad Prijedor', OrganisationKind.MUNICIPALITY, 'BA', 'prijedor.example', [
    ['amra.hodzic', 'Amra Hodžić', [Role.PARTNER_CASEWORKER]],
    ['dragan.kovacevic', 'Dragan Kovačević', [Role.COORDINATOR]],
  ]),
  organisation(4, 'Općina Sanski Most', OrganisationKind.MUNICIPALITY, 'BA', 'sanskimost.example', [
    ['emir.karabegovic', 'Emir Karabegović', [Role.PARTNER_CASEWORKER]],
    ['lejla.mujic', 'Lejla Mujić', [Role.COORDINATOR]],
  ]),
  organisation(5, 'Grad Bihać', OrganisationKind.MUNICIPALITY, 'BA', 'bihac.example', [
    ['nermin.dedic', 'Nermin Dedić', [Role.PARTNER_CASEWORKER]],
    ['azra.halilovic', 'Azra Halilović', [Role.COORDINATOR]],
  ]),
  organisation(6, 'CLDD Bosna i Hercegovina (Centar za lokalni razvoj i dijasporu)', OrganisationKind.CLDD_OFFICE, 'BA', 'cldd-bih.example', [
    ['selma.begic', 'Selma Begić', [Role.PARTNER_CASEWORKER]],
    ['haris.mehmedovic', 'Haris Mehmedović', [Role.COORDINATOR, Role.PARTNER_CASEWORKER]],
  ]),
  organisation(7, 'مركز التنمية المحلية والمغتربين – بغداد', OrganisationKind.CLDD_OFFICE, 'IQ', 'cldd-baghdad.example', [
    ['layla.alrawi', 'ليلى الراوي', [Role.PARTNER_CASEWORKER], undefined, 'Layla Al-Rawi'],
    ['ahmed.alkubaisi', 'أحمد الكبيسي', [Role.COORDINATOR], undefined, 'Ahmed Al-Kubaisi'],
  ]),
];

/** The id of the demo user with this e-mail address. */
export function demoUserId(email: string): string {
  const found = demoOrganisations.flatMap((organisation) => organisation.users).find((user) => user.email === email);
  if (!found) throw new Error(`no demo user ${email}`);
  return found.id;
}

/** Each demo organisation's coordinator (its first), by organisation id: who proposes and confirms its agreements. */
export const demoCoordinators: Record<string, string> = Object.fromEntries(
  demoOrganisations.map((organisation) => [organisation.id, organisation.users.find((user) => user.roles.includes(Role.COORDINATOR))!.id]),
);
