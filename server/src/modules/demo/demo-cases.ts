import type pg from 'pg';
import { demoCoordinators, demoOrganisationId, demoOrganisations, demoUserId } from './demo-data.js';
import { nameParam, type NotificationParams } from '../notifications/notification-params.js';
import { computeScores, indicatorDimensions, type SustainabilityIndicator } from '../follow-up/sustainability.js';

/**
 * Demo agreements and cases in several states, for a fresh development database. Written as
 * the owner in the seeding transaction; ids are fixed so the data is easy to talk about.
 */
const org = {
  stockholm: demoOrganisationId(1),
  gothenburg: demoOrganisationId(2),
  prijedor: demoOrganisationId(3),
  sanskiMost: demoOrganisationId(4),
  bihac: demoOrganisationId(5),
  clddBih: demoOrganisationId(6),
  baghdad: demoOrganisationId(7),
};
const user = {
  anna: demoUserId('anna.lindqvist@stockholm.example'),
  johan: demoUserId('johan.berg@stockholm.example'),
  eva: demoUserId('eva.sandberg@stockholm.example'),
  lena: demoUserId('lena.nilsson@goteborg.example'),
  amra: demoUserId('amra.hodzic@prijedor.example'),
  emir: demoUserId('emir.karabegovic@sanskimost.example'),
  nermin: demoUserId('nermin.dedic@bihac.example'),
  layla: demoUserId('layla.alrawi@cldd-baghdad.example'),
  coordinators: demoCoordinators,
};

export const casePrefixes: Record<string, string> = {
  [org.stockholm]: 'STO',
  [org.gothenburg]: 'GBG',
  [org.prijedor]: 'PRI',
  [org.sanskiMost]: 'SAN',
  [org.bihac]: 'BIH',
  [org.clddBih]: 'CLD',
  [org.baghdad]: 'BGD',
};

interface DemoAgreement {
  id: string;
  reference: string;
  title: string;
  scopes: string[];
  from: string;
  to: string;
  responseDays: number;
  proposer: string;
  parties: string[];
  unconfirmed?: string[];
}

const year = new Date().getUTCFullYear();

const agreements: DemoAgreement[] = [
  {
    id: '5a0c0000-0000-4000-8100-000000000001',
    reference: 'KS 2012/0817',
    title: 'Avsiktsförklaring om samverkan kring frivillig återvandring mellan Stockholms stad och Göteborgs stad (augusti 2012)',
    scopes: ['REFERRALS', 'SUPERVISION', 'REPORTING'],
    from: '2013-01-01',
    to: '2014-12-31',
    responseDays: 14,
    proposer: org.stockholm,
    parties: [org.stockholm, org.gothenburg],
  },
  ...[
    [org.prijedor, 'Grad Prijedor'],
    [org.sanskiMost, 'Općina Sanski Most'],
    [org.bihac, 'Grad Bihać'],
    [org.clddBih, 'CLDD Bosna i Hercegovina'],
    [org.baghdad, 'CLDD Baghdad'],
  ].map(([partner, name], index) => ({
    id: `5a0c0000-0000-4000-8100-00000000001${index}`,
    reference: `SF ${year - 1}/${120 + index}`,
    title: `Samverkansavtal om frivillig återvandring och återintegrering: Stockholms stad – ${name}`,
    scopes: ['REFERRALS', 'FOLLOW_UP', 'SUPERVISION', 'REPORTING'],
    from: `${year - 1}-01-01`,
    to: `${year + 1}-12-31`,
    responseDays: partner === org.baghdad ? 14 : 7,
    proposer: org.stockholm,
    parties: [org.stockholm, partner!],
  })),
  ...[
    [org.prijedor, 'Grad Prijedor'],
    [org.sanskiMost, 'Općina Sanski Most'],
    [org.bihac, 'Grad Bihać'],
    [org.clddBih, 'CLDD Bosna i Hercegovina'],
  ].map(([partner, name], index) => ({
    id: `5a0c0000-0000-4000-8100-00000000002${index}`,
    reference: `GBG ${year}/${40 + index}`,
    title: `Samverkansavtal om remisser och uppföljning: Göteborgs stad – ${name}`,
    scopes: ['REFERRALS', 'FOLLOW_UP'],
    from: `${year}-01-01`,
    to: `${year + 1}-12-31`,
    responseDays: 7,
    proposer: org.gothenburg,
    parties: [org.gothenburg, partner!],
  })),
  {
    id: '5a0c0000-0000-4000-8100-000000000030',
    reference: `GBG ${year}/77`,
    title: 'Samverkansavtal om remisser: Göteborgs stad – CLDD Baghdad',
    scopes: ['REFERRALS', 'FOLLOW_UP'],
    from: `${year}-06-01`,
    to: `${year + 2}-05-31`,
    responseDays: 14,
    proposer: org.gothenburg,
    parties: [org.gothenburg, org.baghdad],
    unconfirmed: [org.baghdad],
  },
];

interface DemoCase {
  owner: string;
  caseworker: string;
  returnee: { first: string; last: string; born: string; sex: string; citizenship: string; languages: string[]; document: string; identity?: string };
  contact: { phone: string; address: string };
  household: Array<{ first: string; last: string; born: string; sex: string; relation: string; travels: boolean }>;
  needs: string;
  health?: string;
  country: string;
  place: string;
  plannedInDays: number;
  status: string;
  closure?: string;
  departedDaysAgo?: number;
  support?: [number, string];
  referral?: { to: string; sections: string[]; status: string; sentDaysAgo: number; declineReason?: string };
  followUp?: {
    arrivedDaysAgo: number;
    budget?: [number, string];
    goals: Array<[string, string, string, number | null]>; // domain, description, status, target in days
    visits: Array<{ daysAgo: number; mode: string; statuses: Record<string, string>; narrative: string; nextInDays: number | null }>;
    assessment?: { daysAgo: number; answers: number[] };
  };
  messages?: Array<{ fromPartner: boolean; body: string; daysAgo: number }>;
}

const cases: DemoCase[] = [
  {
    owner: org.stockholm,
    caseworker: user.anna,
    returnee: { first: 'Amina', last: 'Al-Jabouri', born: '1984-03-12', sex: 'FEMALE', citizenship: 'IQ', languages: ['ar', 'sv'], document: 'ar' },
    contact: { phone: '+46 70 123 45 67', address: 'Rinkebysvängen 12, 163 74 Spånga' },
    household: [{ first: 'Yusuf', last: 'Al-Jabouri', born: '2012-07-01', sex: 'MALE', relation: 'CHILD', travels: true }],
    needs: 'Bostad de första tre månaderna; hjälp att skriva in sonen i skola i Bagdad.',
    health: 'Diabetes typ 2; behöver kontinuerlig medicinering.',
    country: 'IQ',
    place: 'Bagdad',
    plannedInDays: 30,
    status: 'PREPARING_RETURN',
    referral: { to: org.baghdad, sections: ['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS'], status: 'PENDING', sentDaysAgo: 2 },
  },
  {
    owner: org.stockholm,
    caseworker: user.johan,
    returnee: { first: 'Emir', last: 'Hodžić', born: '1969-11-23', sex: 'MALE', citizenship: 'BA', languages: ['bs', 'sv'], document: 'bs', identity: '19691123-3971' },
    contact: { phone: '+46 73 555 01 02', address: 'Tensta allé 5, 163 64 Spånga' },
    household: [{ first: 'Senada', last: 'Hodžić', born: '1972-02-04', sex: 'FEMALE', relation: 'SPOUSE', travels: true }],
    needs: 'Stöd att renovera familjens hus och starta en mindre jordbruksverksamhet.',
    country: 'BA',
    place: 'Prijedor',
    plannedInDays: -20,
    departedDaysAgo: 18,
    status: 'RETURNED',
    support: [3000000, 'SEK'],
    referral: { to: org.prijedor, sections: ['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS'], status: 'ACCEPTED', sentDaysAgo: 40 },
    followUp: {
      arrivedDaysAgo: 17,
      budget: [600000, 'BAM'],
      goals: [
        ['HOUSING', 'Obnova krova i kupatila na porodičnoj kući u Prijedoru.', 'IN_PROGRESS', 45],
        ['INCOME_AND_WORK', 'Pokretanje male farme: nabavka sjemena i alata.', 'NOT_STARTED', 90],
        ['DOCUMENTS', 'Nova lična karta i prijava prebivališta.', 'ACHIEVED', null],
      ],
      visits: [
        {
          daysAgo: 10,
          mode: 'HOME_VISIT',
          statuses: { HOUSING: 'FAIR', INCOME_AND_WORK: 'POOR', DOCUMENTS: 'GOOD', SOCIAL_NETWORK: 'GOOD' },
          narrative: 'Porodica je smještena kod rođaka dok traju radovi na kući. Dokumenti su izdati. Gospodin Hodžić je motivisan da počne sa farmom.',
          nextInDays: 20,
        },
      ],
      assessment: { daysAgo: 10, answers: [2, 1, 3, 3, 4, 3, 3, 4, 3, 4, 3, 2] },
    },
    messages: [
      { fromPartner: false, body: 'Hej! Familjen Hodžić landade i Banja Luka i bör vara i Prijedor i kväll. Hör av er om något saknas.', daysAgo: 18 },
      { fromPartner: true, body: 'Hvala! Porodica je stigla. Posjetićemo ih sljedeće sedmice.', daysAgo: 17 },
    ],
  },
  {
    owner: org.stockholm,
    caseworker: user.anna,
    returnee: { first: 'Faadumo', last: 'Warsame', born: '1990-05-30', sex: 'FEMALE', citizenship: 'SO', languages: ['so'], document: 'so' },
    contact: { phone: '+46 76 200 30 40', address: 'Husby gård 3, 164 33 Kista' },
    household: [],
    needs: 'Vill återvända till Hargeisa; behöver hjälp med resedokument.',
    country: 'SO',
    place: 'Hargeisa',
    plannedInDays: 60,
    status: 'INTAKE',
  },
  {
    owner: org.stockholm,
    caseworker: user.johan,
    returnee: { first: 'Zainab', last: 'Kareem', born: '1978-09-15', sex: 'FEMALE', citizenship: 'IQ', languages: ['ar', 'ckb'], document: 'ckb' },
    contact: { phone: '+46 72 404 04 04', address: 'Bredbyplan 8, 163 71 Spånga' },
    household: [],
    needs: 'Arbetsförmedling och yrkesutbildning i Bagdad.',
    country: 'IQ',
    place: 'Bagdad',
    plannedInDays: 45,
    status: 'PREPARING_RETURN',
    referral: {
      to: org.baghdad,
      sections: ['IDENTITY', 'NEEDS'],
      status: 'DECLINED',
      sentDaysAgo: 10,
      declineReason: 'Personen vill bosätta sig i Erbil, som ligger utanför vårt område. Kontakta partner i Kurdistanregionen.',
    },
  },
  {
    owner: org.stockholm,
    caseworker: user.anna,
    returnee: { first: 'Mirza', last: 'Begović', born: '1958-01-08', sex: 'MALE', citizenship: 'BA', languages: ['bs'], document: 'bs' },
    contact: { phone: '+387 61 222 333', address: '—' },
    household: [],
    needs: 'Kontakt med hälso- och sjukvård i Sanski Most; pensionsärende.',
    country: 'BA',
    place: 'Sanski Most',
    plannedInDays: -90,
    departedDaysAgo: 85,
    status: 'IN_REINTEGRATION',
    support: [1500000, 'SEK'],
    referral: { to: org.sanskiMost, sections: ['IDENTITY', 'CONTACT', 'NEEDS'], status: 'ACCEPTED', sentDaysAgo: 120 },
    followUp: {
      arrivedDaysAgo: 84,
      goals: [
        ['HEALTH', 'Upis kod porodičnog ljekara u Domu zdravlja Sanski Most.', 'ACHIEVED', null],
        ['DOCUMENTS', 'Zahtjev za penziju predat nadležnom fondu.', 'IN_PROGRESS', 30],
      ],
      visits: [
        {
          daysAgo: 40,
          mode: 'OFFICE',
          statuses: { HEALTH: 'GOOD', DOCUMENTS: 'FAIR', SOCIAL_NETWORK: 'FAIR' },
          narrative: 'Gospodin Begović redovno dolazi na kontrole. Zahtjev za penziju je u obradi.',
          nextInDays: -5,
        },
      ],
    },
  },
  {
    owner: org.stockholm,
    caseworker: user.johan,
    returnee: { first: 'Hassan', last: 'Mahmoud', born: '1995-12-01', sex: 'MALE', citizenship: 'IQ', languages: ['ar'], document: 'ar' },
    contact: { phone: '+46 70 999 88 77', address: 'Akalla torg 2, 164 78 Kista' },
    household: [],
    needs: 'Ångrade sig och vill stanna i Sverige.',
    country: 'IQ',
    place: 'Basra',
    plannedInDays: 10,
    status: 'CLOSED',
    closure: 'WITHDREW',
  },
  {
    owner: org.stockholm,
    caseworker: user.anna,
    returnee: { first: 'Rasha', last: 'Al-Tamimi', born: '1992-02-20', sex: 'FEMALE', citizenship: 'IQ', languages: ['ar', 'en'], document: 'ar' },
    contact: { phone: '+964 770 123 4567', address: '—' },
    household: [{ first: 'Sara', last: 'Al-Tamimi', born: '2019-09-09', sex: 'FEMALE', relation: 'CHILD', travels: true }],
    needs: 'Bostad i Bagdad och förskoleplats för dottern.',
    country: 'IQ',
    place: 'Bagdad',
    plannedInDays: -25,
    departedDaysAgo: 24,
    status: 'RETURNED',
    support: [2500000, 'SEK'],
    referral: { to: org.baghdad, sections: ['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS'], status: 'ACCEPTED', sentDaysAgo: 35 },
    followUp: {
      arrivedDaysAgo: 23,
      budget: [3_500_000_000, 'IQD'], // 3 500 000 dinars in fils
      goals: [
        ['HOUSING', 'استئجار شقة صغيرة في حي الكرادة لمدة ستة أشهر.', 'IN_PROGRESS', 30],
        ['EDUCATION', 'تسجيل سارة في روضة أطفال قريبة.', 'NOT_STARTED', 60],
      ],
      visits: [
        {
          daysAgo: 9,
          mode: 'HOME_VISIT',
          statuses: { HOUSING: 'FAIR', EDUCATION: 'NOT_ASSESSED', PSYCHOSOCIAL: 'FAIR' },
          narrative: 'تقيم السيدة رشا مؤقتًا لدى أختها. تبحث عن شقة قريبة من عمل محتمل.',
          nextInDays: 21,
        },
      ],
    },
    messages: [
      { fromPartner: false, body: 'Hej Layla! Rasha har frågat om förskola för Sara. Vet ni om det finns plats i Karrada?', daysAgo: 8 },
      { fromPartner: true, body: 'مرحبًا آنا، نعم، سنزور روضة في الكرادة الأسبوع القادم ونخبرك بالنتيجة.', daysAgo: 7 },
    ],
  },
  {
    owner: org.gothenburg,
    caseworker: user.lena,
    returnee: { first: 'Adnan', last: 'Mujić', born: '1981-04-19', sex: 'MALE', citizenship: 'BA', languages: ['bs', 'sv'], document: 'bs' },
    contact: { phone: '+46 31 123 45 67', address: 'Hjällbo torg 1, 424 32 Angered' },
    household: [
      { first: 'Lejla', last: 'Mujić', born: '1985-08-08', sex: 'FEMALE', relation: 'SPOUSE', travels: true },
      { first: 'Amar', last: 'Mujić', born: '2015-03-03', sex: 'MALE', relation: 'CHILD', travels: true },
    ],
    needs: 'Bostad och arbete i Bihać.',
    country: 'BA',
    place: 'Bihać',
    plannedInDays: 21,
    status: 'PREPARING_RETURN',
    referral: { to: org.bihac, sections: ['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS'], status: 'PENDING', sentDaysAgo: 1 },
  },
];

const statusPath = ['INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION'];

export async function seedDemoCases(client: pg.Client): Promise<void> {
  for (const [organisation, prefix] of Object.entries(casePrefixes)) {
    await client.query('UPDATE organisation SET case_prefix = $2 WHERE id = $1', [organisation, prefix]);
  }
  for (const a of agreements) {
    await client.query(
      `INSERT INTO cooperation_agreement (id, reference_number, title, scopes, valid_from, valid_to, response_time_days,
                                          proposed_by_organisation_id, proposed_by_user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [a.id, a.reference, a.title, a.scopes, a.from, a.to, a.responseDays, a.proposer, user.coordinators[a.proposer], `${a.from < '2013-01-01' ? a.from : '2012-08-20'}T10:00:00Z`],
    );
    for (const party of a.parties) {
      const confirmed = !a.unconfirmed?.includes(party);
      await client.query(
        'INSERT INTO agreement_party (agreement_id, organisation_id, confirmed_at, confirmed_by_user_id) VALUES ($1, $2, $3, $4)',
        [a.id, party, confirmed ? new Date(Date.parse(a.from) - 30 * 86_400_000) : null, confirmed ? user.coordinators[party] : null],
      );
    }
  }
  const counters = new Map<string, number>();
  for (const c of cases) {
    const sequence = (counters.get(c.owner) ?? 0) + 1;
    counters.set(c.owner, sequence);
    const number = `${casePrefixes[c.owner]}-${year}-${String(sequence).padStart(4, '0')}`;
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const [{ id }] = (
      await client.query(
        `INSERT INTO referral_case (organisation_id, number, year, sequence, responsible_user_id, destination_country, destination_place,
                                    planned_departure, actual_departure, support_amount_minor, support_currency, status, closure_reason,
                                    created_by_user_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $5, now() - interval '150 days') RETURNING id`,
        [
          c.owner,
          number,
          year,
          sequence,
          c.caseworker,
          c.country,
          c.place,
          day(c.plannedInDays),
          c.departedDaysAgo !== undefined ? day(-c.departedDaysAgo) : null,
          c.support?.[0] ?? null,
          c.support?.[1] ?? null,
          c.status,
          c.closure ?? null,
        ],
      )
    ).rows as Array<{ id: string }>;
    const r = c.returnee;
    await client.query(
      `INSERT INTO returnee (case_id, organisation_id, first_name, last_name, date_of_birth, sex, citizenship, languages, identity_number, document_language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, c.owner, r.first, r.last, r.born, r.sex, r.citizenship, r.languages, r.identity ?? null, r.document],
    );
    await client.query('INSERT INTO returnee_contact (case_id, organisation_id, phone, address_in_sweden) VALUES ($1, $2, $3, $4)', [
      id,
      c.owner,
      c.contact.phone,
      c.contact.address,
    ]);
    for (const [position, m] of c.household.entries()) {
      await client.query(
        `INSERT INTO household_member (case_id, organisation_id, first_name, last_name, date_of_birth, sex, relation, travels, position)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [id, c.owner, m.first, m.last, m.born, m.sex, m.relation, m.travels, position],
      );
    }
    await client.query('INSERT INTO case_needs (case_id, organisation_id, description) VALUES ($1, $2, $3)', [id, c.owner, c.needs]);
    if (c.health) {
      await client.query('INSERT INTO returnee_health (case_id, organisation_id, information) VALUES ($1, $2, $3)', [id, c.owner, c.health]);
    }
    // The history the case went through to reach its status.
    const reached = c.status === 'CLOSED' ? ['INTAKE', 'CLOSED'] : statusPath.slice(0, statusPath.indexOf(c.status) + 1);
    for (const [index, status] of reached.entries()) {
      await client.query(
        `INSERT INTO case_status_change (case_id, organisation_id, from_status, to_status, closure_reason, changed_by_user_id, changed_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7))`,
        [id, c.owner, index === 0 ? null : reached[index - 1], status, status === 'CLOSED' ? c.closure : null, c.caseworker, 150 - index * 20],
      );
    }
    // The counter knows the numbers taken, so the next case continues the series.
    await client.query(
      `INSERT INTO case_number_counter (organisation_id, year, last_number) VALUES ($1, $2, $3)
       ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = EXCLUDED.last_number`,
      [c.owner, year, sequence],
    );
    if (c.referral) {
      const ref = c.referral;
      const agreement = agreements.find((a) => a.proposer === c.owner && a.parties.includes(ref.to) && !a.unconfirmed && a.to >= day(0))!;
      await client.query(
        `INSERT INTO consent (case_id, organisation_id, partner_organisation_id, sections, given_on, recorded_by_user_id, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7))`,
        [id, c.owner, ref.to, ref.sections, day(-ref.sentDaysAgo - 1), c.caseworker, ref.sentDaysAgo + 1],
      );
      const answered = ref.status !== 'PENDING';
      await client.query(
        `INSERT INTO referral (case_id, organisation_id, to_organisation_id, agreement_id, sections, status, decline_reason, sent_by_user_id,
                               sent_at, expires_at, responded_by_user_id, responded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9), now() - make_interval(days => $9) + make_interval(days => $10),
                 $11, CASE WHEN $11::uuid IS NULL THEN NULL ELSE now() - make_interval(days => $9 - 1) END)`,
        [
          id,
          c.owner,
          ref.to,
          agreement.id,
          ref.sections,
          ref.status,
          ref.declineReason ?? null,
          c.caseworker,
          ref.sentDaysAgo,
          agreement.responseDays,
          answered ? user.coordinators[ref.to] : null,
        ],
      );
      const [{ id: referralId }] = (await client.query('SELECT id FROM referral WHERE case_id = $1', [id])).rows as Array<{ id: string }>;
      const partnerCaseworker = partnerCaseworkers[ref.to]!;
      if (c.followUp) await seedFollowUp(client, id, c.owner, ref.to, partnerCaseworker, c.followUp, day);
      for (const message of c.messages ?? []) {
        await client.query(
          `INSERT INTO case_message (referral_id, case_id, owner_organisation_id, partner_organisation_id, author_organisation_id, author_user_id, body, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(days => $8))`,
          [referralId, id, c.owner, ref.to, message.fromPartner ? ref.to : c.owner, message.fromPartner ? partnerCaseworker : c.caseworker, message.body, message.daysAgo],
        );
      }
    }
  }
  await seedSupervisionAndNotifications(client);
}

const partnerCaseworkers: Record<string, string> = {
  [org.prijedor]: user.amra,
  [org.sanskiMost]: user.emir,
  [org.bihac]: user.nermin,
  [org.baghdad]: user.layla,
};

async function seedFollowUp(
  client: pg.Client,
  caseId: string,
  owner: string,
  partner: string,
  author: string,
  followUp: NonNullable<DemoCase['followUp']>,
  day: (offset: number) => string,
): Promise<void> {
  await client.query(
    `INSERT INTO arrival (case_id, owner_organisation_id, partner_organisation_id, arrived_on, recorded_by_user_id) VALUES ($1, $2, $3, $4, $5)`,
    [caseId, owner, partner, day(-followUp.arrivedDaysAgo), author],
  );
  const [{ id: planId }] = (
    await client.query(
      `INSERT INTO reintegration_plan (case_id, owner_organisation_id, partner_organisation_id, budget_amount_minor, budget_currency, updated_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [caseId, owner, partner, followUp.budget?.[0] ?? null, followUp.budget?.[1] ?? null, author],
    )
  ).rows as Array<{ id: string }>;
  for (const [position, [domain, description, status, target]] of followUp.goals.entries()) {
    await client.query(
      `INSERT INTO plan_goal (plan_id, case_id, owner_organisation_id, partner_organisation_id, domain, description, status, target_date, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [planId, caseId, owner, partner, domain, description, status, target === null ? null : day(target), position],
    );
  }
  for (const visit of followUp.visits) {
    await client.query(
      `INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, domain_statuses, narrative,
                                    next_visit_on, recorded_by_user_id, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now() - make_interval(days => $10))`,
      [caseId, owner, partner, day(-visit.daysAgo), visit.mode, JSON.stringify(visit.statuses), visit.narrative,
       visit.nextInDays === null ? null : day(visit.nextInDays), author, visit.daysAgo],
    );
  }
  if (followUp.assessment) {
    const indicators = Object.keys(indicatorDimensions) as SustainabilityIndicator[];
    const answers = new Map(indicators.map((indicator, index) => [indicator, followUp.assessment!.answers[index]!]));
    const scores = computeScores(answers);
    await client.query(
      `INSERT INTO sustainability_assessment (case_id, owner_organisation_id, partner_organisation_id, assessed_on, answers,
                                              economic, social, psychosocial, overall, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [caseId, owner, partner, day(-followUp.assessment.daysAgo), JSON.stringify(Object.fromEntries(answers)),
       scores.economic, scores.social, scores.psychosocial, scores.overall, author],
    );
  }
}

/** A supervision session of Stockholm with the CLDD Baghdad, and a few notifications waiting. */
async function seedSupervisionAndNotifications(client: pg.Client): Promise<void> {
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const [{ id: sessionId }] = (
    await client.query(
      `INSERT INTO supervision_session (organisation_id, partner_organisation_id, held_on, mode, topics, notes, version, created_by_user_id, created_at)
       VALUES ($1, $2, $3, 'VIDEO', $4, $5, 2, $6, now() - interval '6 days') RETURNING id`,
      [
        org.stockholm,
        org.baghdad,
        day(-6),
        ['Hembesök', 'Dokumentation', 'Psykosocialt stöd'],
        'Vi gick igenom hembesöket hos familjen Al-Tamimi. Layla beskriver en stabil men trångbodd situation. Överenskommet: dokumentera besök inom en vecka och kontakta förskolan.',
        user.eva,
      ],
    )
  ).rows as Array<{ id: string }>;
  await client.query(
    `INSERT INTO supervision_note_revision (session_id, notes, changed_by_user_id, changed_at) VALUES ($1, $2, $3, now() - interval '6 days')`,
    [sessionId, 'Vi gick igenom hembesöket hos familjen Al-Tamimi.', user.eva],
  );
  for (const [participant, organisation] of [
    [user.eva, org.stockholm],
    [user.layla, org.baghdad],
  ]) {
    await client.query('INSERT INTO supervision_participant (session_id, user_id, organisation_id) VALUES ($1, $2, $3)', [sessionId, participant, organisation]);
  }
  await client.query(
    `INSERT INTO supervision_action (session_id, description, owner_user_id, due_on) VALUES
       ($1, 'Dokumentera nästa hembesök i Cirkel', $2, $3),
       ($1, 'Skicka kontaktuppgifter till förskolan i Karrada', $2, $4)`,
    [sessionId, user.layla, day(3), day(-1)],
  );
  await client.query(
    `INSERT INTO supervision_comment (session_id, author_user_id, author_organisation_id, body, created_at)
     VALUES ($1, $2, $3, 'شكرًا يا إيفا، سأرسل التوثيق قبل نهاية الأسبوع.', now() - interval '5 days')`,
    [sessionId, user.layla, org.baghdad],
  );
  const rasha = (await client.query(`SELECT c.id, c.number FROM referral_case c JOIN returnee r ON r.case_id = c.id WHERE r.last_name = 'Al-Tamimi'`))
    .rows[0] as { id: string; number: string };
  await client.query('INSERT INTO supervision_case_link (session_id, case_id) VALUES ($1, $2)', [sessionId, rasha.id]);

  const pending = (await client.query(`SELECT c.id, c.number FROM referral_case c JOIN returnee r ON r.case_id = c.id WHERE r.last_name = 'Al-Jabouri'`))
    .rows[0] as { id: string; number: string };
  const declined = (await client.query(`SELECT c.id, c.number FROM referral_case c JOIN returnee r ON r.case_id = c.id WHERE r.last_name = 'Kareem'`))
    .rows[0] as { id: string; number: string };
  // Names go with their spellings, as the services write them, so that each recipient reads them in their script.
  const named = (id: string) => nameParam(demoOrganisations.find((organisation) => organisation.id === id));
  const notifications: Array<[string, string, string, NotificationParams, string | null, string | null, number]> = [
    [user.layla, org.baghdad, 'REFERRAL_RECEIVED', { caseNumber: pending.number, organisation: named(org.stockholm) }, pending.id, null, 2],
    [user.layla, org.baghdad, 'SUPERVISION_SESSION', { organisation: named(org.stockholm), date: day(-6) }, null, sessionId, 6],
    [user.anna, org.stockholm, 'ARRIVAL_CONFIRMED', { caseNumber: rasha.number, partner: named(org.baghdad), date: day(-23) }, rasha.id, null, 23],
    [user.johan, org.stockholm, 'REFERRAL_DECLINED', { caseNumber: declined.number, partner: named(org.baghdad), reason: 'Personen vill bosätta sig i Erbil.' }, declined.id, null, 9],
  ];
  for (const [recipient, organisation, kind, params, caseId, session, daysAgo] of notifications) {
    await client.query(
      `INSERT INTO notification (recipient_user_id, recipient_organisation_id, kind, params, case_id, session_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() - make_interval(days => $7))`,
      [recipient, organisation, kind, JSON.stringify(params), caseId, session, daysAgo],
    );
  }
}
