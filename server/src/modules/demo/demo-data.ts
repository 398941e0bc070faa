import type { Language } from '@cirkel/i18n';
import { OrganisationKind } from '../organisations/organisations.enums.js';
import { Role } from '../users/role.enum.js';

/** Demo data only: printed at start so that anyone can log in to a fresh portal. */
export const DEMO_PASSWORD = 'Cirkel-demo-2026';

export interface DemoOrganisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  country: string;
  defaultLanguage: Language;
  timeZone: string;
  users: Array<{ id: string; email: string; name: string; roles: Role[]; language: Language }>;
}

export const demoOrganisations: DemoOrganisation[] = [
  {
    id: '5a0c0000-0000-4000-8000-000000000001',
    name: 'Stockholms stad, Frivillig återvandring',
    kind: OrganisationKind.CITY,
    country: 'SE',
    defaultLanguage: 'sv',
    timeZone: 'Europe/Stockholm',
    users: [
      { id: '5a0c0000-0000-4000-8001-000000000001', email: 'anna.lindqvist@stockholm.example', name: 'Anna Lindqvist', roles: [Role.CASEWORKER], language: 'sv' },
      { id: '5a0c0000-0000-4000-8001-000000000002', email: 'johan.berg@stockholm.example', name: 'Johan Berg', roles: [Role.CASEWORKER], language: 'sv' },
      { id: '5a0c0000-0000-4000-8001-000000000003', email: 'eva.sandberg@stockholm.example', name: 'Eva Sandberg', roles: [Role.SUPERVISOR, Role.CASEWORKER], language: 'sv' },
      { id: '5a0c0000-0000-4000-8001-000000000004', email: 'karin.holm@stockholm.example', name: 'Karin Holm', roles: [Role.COORDINATOR], language: 'sv' },
      { id: '5a0c0000-0000-4000-8001-000000000005', email: 'omar.hassan@stockholm.example', name: 'Omar Hassan', roles: [Role.ANALYST], language: 'en' },
    ],
  },
  {
    id: '5a0c0000-0000-4000-8000-000000000002',
    name: 'Göteborgs stad',
    kind: OrganisationKind.CITY,
    country: 'SE',
    defaultLanguage: 'sv',
    timeZone: 'Europe/Stockholm',
    users: [
      { id: '5a0c0000-0000-4000-8002-000000000001', email: 'lena.nilsson@goteborg.example', name: 'Lena Nilsson', roles: [Role.CASEWORKER], language: 'sv' },
      { id: '5a0c0000-0000-4000-8002-000000000002', email: 'per.olsson@goteborg.example', name: 'Per Olsson', roles: [Role.COORDINATOR], language: 'sv' },
    ],
  },
  {
    id: '5a0c0000-0000-4000-8000-000000000003',
    name: 'Grad Prijedor',
    kind: OrganisationKind.MUNICIPALITY,
    country: 'BA',
    defaultLanguage: 'bs',
    timeZone: 'Europe/Sarajevo',
    users: [
      { id: '5a0c0000-0000-4000-8003-000000000001', email: 'amra.hodzic@prijedor.example', name: 'Amra Hodžić', roles: [Role.PARTNER_CASEWORKER], language: 'bs' },
      { id: '5a0c0000-0000-4000-8003-000000000002', email: 'dragan.kovacevic@prijedor.example', name: 'Dragan Kovačević', roles: [Role.COORDINATOR], language: 'bs' },
    ],
  },
  {
    id: '5a0c0000-0000-4000-8000-000000000004',
    name: 'Općina Sanski Most',
    kind: OrganisationKind.MUNICIPALITY,
    country: 'BA',
    defaultLanguage: 'bs',
    timeZone: 'Europe/Sarajevo',
    users: [
      { id: '5a0c0000-0000-4000-8004-000000000001', email: 'emir.karabegovic@sanskimost.example', name: 'Emir Karabegović', roles: [Role.PARTNER_CASEWORKER], language: 'bs' },
      { id: '5a0c0000-0000-4000-8004-000000000002', email: 'lejla.mujic@sanskimost.example', name: 'Lejla Mujić', roles: [Role.COORDINATOR], language: 'bs' },
    ],
  },
  {
    id: '5a0c0000-0000-4000-8000-000000000005',
    name: 'Grad Bihać',
    kind: OrganisationKind.MUNICIPALITY,
    country: 'BA',
    defaultLanguage: 'bs',
    timeZone: 'Europe/Sarajevo',
    users: [
      { id: '5a0c0000-0000-4000-8005-000000000001', email: 'nermin.dedic@bihac.example', name: 'Nermin Dedić', roles: [Role.PARTNER_CASEWORKER], language: 'bs' },
      { id: '5a0c0000-0000-4000-8005-000000000002', email: 'azra.halilovic@bihac.example', name: 'Azra Halilović', roles: [Role.COORDINATOR], language: 'bs' },
    ],
  },
  {
    id: '5a0c0000-0000-4000-8000-000000000006',
    name: 'CLDD Bosna i Hercegovina (Centar za lokalni razvoj i dijasporu)',
    kind: OrganisationKind.CLDD_OFFICE,
    country: 'BA',
    defaultLanguage: 'bs',
    timeZone: 'Europe/Sarajevo',
    users: [
      { id: '5a0c0000-0000-4000-8006-000000000001', email: 'selma.begic@cldd-bih.example', name: 'Selma Begić', roles: [Role.PARTNER_CASEWORKER], language: 'bs' },
      { id: '5a0c0000-0000-4000-8006-000000000002', email: 'haris.mehmedovic@cldd-bih.example', name: 'Haris Mehmedović', roles: [Role.COORDINATOR, Role.PARTNER_CASEWORKER], language: 'bs' },
    ],
  },
  {
    id: '5a0c0000-0000-4000-8000-000000000007',
    name: 'مركز التنمية المحلية والمغتربين – بغداد',
    kind: OrganisationKind.CLDD_OFFICE,
    country: 'IQ',
    defaultLanguage: 'ar',
    timeZone: 'Asia/Baghdad',
    users: [
      { id: '5a0c0000-0000-4000-8007-000000000001', email: 'layla.alrawi@cldd-baghdad.example', name: 'ليلى الراوي', roles: [Role.PARTNER_CASEWORKER], language: 'ar' },
      { id: '5a0c0000-0000-4000-8007-000000000002', email: 'ahmed.alkubaisi@cldd-baghdad.example', name: 'أحمد الكبيسي', roles: [Role.COORDINATOR], language: 'ar' },
    ],
  },
];
