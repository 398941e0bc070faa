import type pg from 'pg';
import { demoOrganisationId, demoUserId } from './demo-data.js';

/**
 * The office's own work in the demo (issue 12): Stockholm's directory of associations with ties
 * to Iraq, Somalia and Bosnia-Herzegovina (invented names), the Migration Agency and IOM, city
 * departments; a year of outreach and of consultations from the city's staff; and a smaller
 * directory of Gothenburg's own. Written as the owner in the seeding transaction.
 */
const stockholm = demoOrganisationId(1);
const gothenburg = demoOrganisationId(2);
const anna = demoUserId('anna.lindqvist@stockholm.example');
const johan = demoUserId('johan.berg@stockholm.example');
const eva = demoUserId('eva.sandberg@stockholm.example');
const lena = demoUserId('lena.nilsson@goteborg.example');

const contactId = (n: number) => `5a0c0000-0000-4000-8300-${String(n).padStart(12, '0')}`;
const personId = (n: number) => `5a0c0000-0000-4000-8301-${String(n).padStart(12, '0')}`;

interface DemoContact {
  n: number;
  owner: string;
  name: string;
  kind: string;
  countries: string[];
  languages: string[];
  district: string | null;
  website?: string;
  /** Statuses it went through, the last one current. */
  statuses: string[];
  people: Array<[name: string, role: string, phone: string | null, email: string | null, language: string | null]>;
}

const contacts: DemoContact[] = [
  {
    n: 1, owner: stockholm, name: 'Föreningen Dijla-Furat Spånga', kind: 'IMMIGRANT_ASSOCIATION', countries: ['IQ'], languages: ['ar', 'ckb'], district: 'Spånga-Tensta',
    website: 'https://dijla-furat.example.org', statuses: ['PROSPECT', 'CONTACTED', 'COOPERATING'],
    people: [['Samir al-Janabi', 'Ordförande', '+46 70 123 45 01', 'samir@dijla-furat.example.org', 'ar'], ['Noor Kadhim', 'Sekreterare', '+46 70 123 45 02', null, 'ar']],
  },
  {
    n: 2, owner: stockholm, name: 'Somaliska föräldranätverket Järvafältet', kind: 'IMMIGRANT_ASSOCIATION', countries: ['SO'], languages: ['so', 'sv'], district: 'Rinkeby-Kista',
    statuses: ['CONTACTED', 'COOPERATING'],
    people: [['Hodan Warsame', 'Samordnare', '+46 73 555 10 20', 'hodan@foraldranatverket.example.org', 'so'], ['Cabdiraxmaan Cali', 'Styrelseledamot', null, null, 'so']],
  },
  {
    n: 3, owner: stockholm, name: 'Udruženje Most Stockholm-Syd', kind: 'IMMIGRANT_ASSOCIATION', countries: ['BA'], languages: ['bs'], district: 'Skärholmen',
    statuses: ['PROSPECT', 'CONTACTED'],
    people: [['Mirsad Hadžiselimović', 'Predsjednik', '+46 76 200 30 40', null, 'bs']],
  },
  {
    n: 4, owner: stockholm, name: 'Nätverket Irakiska kvinnor i Hässelby', kind: 'IMMIGRANT_ASSOCIATION', countries: ['IQ'], languages: ['ar'], district: 'Hässelby-Vällingby',
    statuses: ['PROSPECT'], people: [],
  },
  {
    n: 5, owner: stockholm, name: 'Idrottsklubben Xamar Husby', kind: 'IMMIGRANT_ASSOCIATION', countries: ['SO'], languages: ['so'], district: 'Rinkeby-Kista',
    statuses: ['CONTACTED', 'COOPERATING', 'DORMANT'], people: [['Ayaan Jimcaale', 'Ungdomsledare', '+46 72 800 90 10', null, 'so']],
  },
  {
    n: 6, owner: stockholm, name: 'Församlingen Nur al-Huda Tensta', kind: 'FAITH_COMMUNITY', countries: ['IQ', 'SO'], languages: ['ar', 'so'], district: 'Spånga-Tensta',
    statuses: ['PROSPECT', 'CONTACTED'], people: [['Yusuf Mahmoud', 'Imam', null, null, 'ar']],
  },
  {
    n: 7, owner: stockholm, name: 'Migrationsverket, region Stockholm', kind: 'AUTHORITY', countries: [], languages: ['sv'], district: null,
    website: 'https://www.migrationsverket.se', statuses: ['COOPERATING'], people: [['Maria Ek', 'Samordnare återvändande', '+46 771 235 235', null, 'sv']],
  },
  {
    n: 8, owner: stockholm, name: 'IOM Sverige', kind: 'INTERNATIONAL_ORGANISATION', countries: ['IQ', 'SO', 'BA'], languages: ['en', 'sv'], district: null,
    website: 'https://sweden.iom.int', statuses: ['CONTACTED', 'COOPERATING'], people: [['Daniel Okafor', 'Programme officer', null, 'dokafor@iom.example.org', 'en']],
  },
  {
    n: 9, owner: stockholm, name: 'Socialförvaltningen Rinkeby-Kista', kind: 'CITY_DEPARTMENT', countries: [], languages: ['sv'], district: 'Rinkeby-Kista',
    statuses: ['COOPERATING'], people: [],
  },
  {
    n: 10, owner: stockholm, name: 'Vuxenutbildningen Stockholm', kind: 'CITY_DEPARTMENT', countries: [], languages: ['sv'], district: null,
    statuses: ['CONTACTED'], people: [],
  },
  {
    n: 11, owner: gothenburg, name: 'Irakiska kulturföreningen Angered', kind: 'IMMIGRANT_ASSOCIATION', countries: ['IQ'], languages: ['ar'], district: 'Angered',
    statuses: ['CONTACTED'], people: [['Rana Hamid', 'Ordförande', '+46 70 444 55 66', null, 'ar']],
  },
  {
    n: 12, owner: gothenburg, name: 'Somaliska kvinnoföreningen Bergsjön', kind: 'IMMIGRANT_ASSOCIATION', countries: ['SO'], languages: ['so'], district: 'Östra Göteborg',
    statuses: ['PROSPECT'], people: [],
  },
  {
    n: 13, owner: gothenburg, name: 'Socialtjänsten Angered', kind: 'CITY_DEPARTMENT', countries: [], languages: ['sv'], district: 'Angered',
    statuses: ['COOPERATING'], people: [],
  },
];

const today = new Date();
/** The date `days` before today, as YYYY-MM-DD. */
const daysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoOutreach(client: pg.Client): Promise<void> {
  let personNumber = 0;
  for (const contact of contacts) {
    const creator = contact.owner === stockholm ? anna : lena;
    await client.query(
      `INSERT INTO contact_organisation (id, organisation_id, name, kind, focus_countries, languages, district, website, status, created_by_user_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, now() - interval '400 days')`,
      [contactId(contact.n), contact.owner, contact.name, contact.kind, contact.countries, contact.languages, contact.district, contact.website ?? null, contact.statuses.at(-1), creator],
    );
    for (const [index, status] of contact.statuses.entries()) {
      await client.query(
        `INSERT INTO contact_status_change (organisation_id, contact_organisation_id, from_status, to_status, changed_by_user_id, changed_at)
         VALUES ($1, $2, $3, $4, $5, now() - make_interval(days => $6))`,
        [contact.owner, contactId(contact.n), index === 0 ? null : contact.statuses[index - 1], status, creator, 400 - index * 120],
      );
    }
    for (const [name, role, phone, email, language] of contact.people) {
      await client.query(
        `INSERT INTO contact_person (id, organisation_id, contact_organisation_id, name, role_title, phone, email, preferred_language, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [personId(++personNumber), contact.owner, contactId(contact.n), name, role, phone, email, language, creator],
      );
    }
  }

  // A year of Stockholm's outreach: every two weeks or so, rotating over the associations.
  const plan: Array<[kind: string, contact: number, title: string, countries: string[], languages: string[], topics: string[]]> = [
    ['INFORMATION_MEETING', 1, 'Informationskväll om återvandringsstöd', ['IQ'], ['ar', 'sv'], ['RETURN_SUPPORT', 'COUNTRY_SITUATION']],
    ['INFORMATION_MEETING', 2, 'Föräldramöte: stöd vid återvändande', ['SO'], ['so', 'sv'], ['RETURN_SUPPORT', 'REINTEGRATION']],
    ['VISIT', 3, 'Besök på föreningens årsmöte', ['BA'], ['bs'], ['THE_OFFICE']],
    ['PHONE_CALL', 4, 'Första kontakt med nätverket', ['IQ'], ['ar'], ['THE_OFFICE']],
    ['FAIR_OR_EVENT', 6, 'Bokbord vid fredagsbönen', ['IQ', 'SO'], ['ar', 'so'], ['RETURN_SUPPORT']],
    ['MEDIA', 2, 'Intervju i lokalradio på somaliska', ['SO'], ['so'], ['RETURN_SUPPORT', 'REINTEGRATION']],
    ['MATERIAL_SENT', 1, 'Broschyrer på arabiska och sorani', ['IQ'], ['ar', 'ckb'], ['RETURN_SUPPORT']],
    ['INFORMATION_MEETING', 8, 'Samverkansmöte med IOM om Irak', ['IQ'], ['en', 'sv'], ['COUNTRY_SITUATION', 'REINTEGRATION']],
  ];
  for (let index = 0; index < 26; index++) {
    const [kind, contact, title, countries, languages, topics] = plan[index % plan.length]!;
    const heldOn = daysAgo(14 * index + 3);
    const women = kind === 'INFORMATION_MEETING' || kind === 'FAIR_OR_EVENT' ? 6 + ((index * 7) % 19) : null;
    const men = women === null ? null : 4 + ((index * 5) % 13);
    const under18 = women === null ? null : (index * 3) % 5;
    // The newest two ask for a follow-up: one already overdue, one coming.
    const followUp = index === 0 ? ['Skicka inspelningen till föreningen.', daysAgo(-10), johan] : index === 1 ? ['Ring tillbaka om ett nytt möte.', daysAgo(2), anna] : null;
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO outreach_activity (organisation_id, kind, held_on, duration_minutes, title, focus_countries, languages, topics, participants_women,
                                      participants_men, participants_under_18, follow_up, follow_up_due_on, follow_up_owner_user_id, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
      [stockholm, kind, heldOn, kind === 'PHONE_CALL' ? 20 : 90, title, countries, languages, topics, women, men, under18, followUp?.[0] ?? null, followUp?.[1] ?? null, followUp?.[2] ?? null, index % 2 ? anna : johan],
    );
    const activity = rows[0]!.id;
    await client.query('INSERT INTO outreach_activity_contact (activity_id, contact_organisation_id, organisation_id) VALUES ($1, $2, $3)', [activity, contactId(contact), stockholm]);
    await client.query('INSERT INTO outreach_activity_staff (activity_id, user_id, organisation_id) VALUES ($1, $2, $3)', [activity, index % 2 ? anna : johan, stockholm]);
    if (index % 3 === 0) {
      await client.query(
        `INSERT INTO outreach_activity_person (activity_id, contact_person_id, organisation_id)
         SELECT $1, p.id, $3 FROM contact_person p WHERE p.contact_organisation_id = $2 ORDER BY p.name LIMIT 1`,
        [activity, contactId(contact), stockholm],
      );
    }
  }

  // Questions from the city's staff, and two trainings.
  const consultations: Array<[department: number | string, district: string | null, channel: string, topic: string, country: string | null, question: string, advice: string]> = [
    [9, 'Rinkeby-Kista', 'PHONE', 'RETURN_SUPPORT', 'SO', 'En familj frågar om stöd för att återvända till Somalia. Vad gäller?', 'Förklarade reglerna för återvandringsstöd och hänvisade till ett första möte hos oss.'],
    [10, null, 'TRAINING', 'COUNTRY_SITUATION', 'IQ', 'Utbildning för SFI-lärare om situationen i Irak.', 'Genomgång av läget i Bagdad och Mosul och av CLDD:s stöd efter ankomst.'],
    ['Arbetsförmedlingen Järva', 'Rinkeby-Kista', 'EMAIL', 'REINTEGRATION', 'IQ', 'Kan den som återvänder få hjälp att starta företag i Irak?', 'Ja, genom återintegreringsplanen med CLDD Baghdad; skickade informationsbladet.'],
    [9, 'Rinkeby-Kista', 'MEETING', 'INDIVIDUAL_CASE', 'BA', 'En äldre man utan nätverk i Bosnien vill återvända: hur kan kommunen i Prijedor hjälpa?', 'Beskrev remissen till Grad Prijedor och vad samtycket behöver omfatta.'],
    ['Skolförvaltningen, Hässelby-Vällingby', 'Hässelby-Vällingby', 'PHONE', 'RETURN_SUPPORT', null, 'Hur påverkar en återvandring barnens skolgång?', 'Gav kontakt till skolan på orten via partnerkontoret och betyg på engelska.'],
    [10, null, 'TRAINING', 'RETURN_SUPPORT', null, 'Utbildning för studie- och yrkesvägledare om frivillig återvandring.', 'Reglerna för stödet, vem som kan få det och hur en remiss går till.'],
  ];
  for (const [index, [department, district, channel, topic, country, question, advice]] of consultations.entries()) {
    await client.query(
      `INSERT INTO staff_consultation (organisation_id, held_on, department_contact_id, department, district, channel, topic, country, question, advice,
                                       minutes_spent, participants, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
      [
        stockholm,
        daysAgo(30 + index * 55),
        typeof department === 'number' ? contactId(department) : null,
        typeof department === 'string' ? department : null,
        district,
        channel,
        topic,
        country,
        question,
        advice,
        channel === 'TRAINING' ? 120 : 25,
        channel === 'TRAINING' ? 14 + index : null,
        index % 2 ? eva : anna,
      ],
    );
  }
  await client.query(
    `INSERT INTO staff_consultation (organisation_id, held_on, department_contact_id, district, channel, topic, country, question, advice, minutes_spent, created_by_user_id)
     VALUES ($1, $2, $3, 'Angered', 'PHONE', 'RETURN_SUPPORT', 'IQ', 'Vad kan Göteborg erbjuda en familj som vill återvända till Irak?', 'Beskrev samverkan med Stockholm och CLDD Baghdad.', 30, $4)`,
    [gothenburg, daysAgo(40), contactId(13), lena],
  );
}
