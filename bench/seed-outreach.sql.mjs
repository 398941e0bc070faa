// The volume of the office's own work (issue 12), loaded after the cases by seed-volume.mjs:
// each city's contacts directory, years of outreach activities and consultations from the city's
// staff. Set-based INSERT … SELECT over generate_series as the schema owner, every value derived
// from the row's index through hashint4, deterministic ids (c0…, c1…, c2…), as seed-volume.sql.mjs.

const org = { stockholm: '5a0c0000-0000-4000-8000-000000000001', gothenburg: '5a0c0000-0000-4000-8000-000000000002' };
const staff = (o, n) => `5a0c0000-0000-4000-800${o}-00000000000${n}`;

/** How much of it there is, per city: Stockholm's and a tenth of it for Gothenburg. */
export function outreachVolume(stockholmCases) {
  const scale = stockholmCases / 100_000;
  return {
    contacts: { stockholm: Math.round(2_000 * scale), gothenburg: Math.round(200 * scale) },
    activities: { stockholm: Math.round(12_000 * scale), gothenburg: Math.round(1_200 * scale) },
    consultations: { stockholm: Math.round(10_000 * scale), gothenburg: Math.round(1_000 * scale) },
  };
}

export function outreachSteps(stockholmCases) {
  const v = outreachVolume(stockholmCases);
  const contactTotal = v.contacts.stockholm + v.contacts.gothenburg;
  const activityTotal = v.activities.stockholm + v.activities.gothenburg;
  const consultationTotal = v.consultations.stockholm + v.consultations.gothenburg;
  // Row i belongs to Stockholm while i <= its count, then to Gothenburg.
  const owner = (count) => `CASE WHEN i <= ${count} THEN '${org.stockholm}'::uuid ELSE '${org.gothenburg}'::uuid END`;
  const creator = (count) => `CASE WHEN i <= ${count} THEN '${staff(1, 1)}'::uuid ELSE '${staff(2, 1)}'::uuid END`;
  const id = (prefix) => `('${prefix}000000-0000-4000-8000-' || lpad(i::text, 12, '0'))::uuid`;
  // The contact of index j (1-based within its city).
  const contactOf = (expression, count) => `(CASE WHEN i <= ${count} THEN 1 + abs(hashint4(${expression})) % ${v.contacts.stockholm}
                                               ELSE ${v.contacts.stockholm} + 1 + abs(hashint4(${expression})) % ${Math.max(1, v.contacts.gothenburg)} END)`;

  const contacts = `
    INSERT INTO contact_organisation (id, organisation_id, name, kind, focus_countries, languages, district, status, created_by_user_id, created_at)
    SELECT ${id('c0')}, ${owner(v.contacts.stockholm)},
           (ARRAY['Föreningen', 'Kulturhuset', 'Nätverket', 'Udruženje', 'جمعية', 'Ururka'])[1 + abs(hashint4(i)) % 6] || ' '
             || (ARRAY['Dijla', 'Furat', 'Xamar', 'Most', 'Sumud', 'Hiiraan', 'Bosna', 'Nahrain', 'Kulan', 'Zajedno'])[1 + abs(hashint4(i + 1)) % 10] || ' ' || i,
           (ARRAY['IMMIGRANT_ASSOCIATION', 'IMMIGRANT_ASSOCIATION', 'IMMIGRANT_ASSOCIATION', 'FAITH_COMMUNITY', 'AUTHORITY', 'NGO', 'CITY_DEPARTMENT', 'EMBASSY', 'OTHER'])[1 + abs(hashint4(i + 2)) % 9],
           string_to_array((ARRAY['IQ', 'SO', 'BA', 'IQ,SO', ''])[1 + abs(hashint4(i + 3)) % 5], ','),
           string_to_array((ARRAY['ar', 'so', 'bs', 'ar,ckb', 'sv'])[1 + abs(hashint4(i + 3)) % 5], ','),
           (ARRAY['Rinkeby-Kista', 'Spånga-Tensta', 'Skärholmen', 'Hässelby-Vällingby', 'Farsta', 'Angered', 'Östra Göteborg', NULL])[1 + abs(hashint4(i + 4)) % 8],
           (ARRAY['PROSPECT', 'CONTACTED', 'COOPERATING', 'COOPERATING', 'DORMANT'])[1 + abs(hashint4(i + 5)) % 5],
           ${creator(v.contacts.stockholm)}, now() - make_interval(days => 30 + abs(hashint4(i + 6)) % 2900)
      FROM generate_series(1, ${contactTotal}) AS i;
    INSERT INTO contact_status_change (organisation_id, contact_organisation_id, from_status, to_status, changed_by_user_id, changed_at)
    SELECT c.organisation_id, c.id, NULL, c.status, c.created_by_user_id, c.created_at FROM contact_organisation c WHERE c.id::text LIKE 'c0%';
    INSERT INTO contact_person (id, organisation_id, contact_organisation_id, name, role_title, phone, preferred_language, created_by_user_id)
    SELECT ${id('c1')}, c.organisation_id, c.id,
           (ARRAY['Samir', 'Hodan', 'Mirsad', 'Noor', 'Cabdi', 'Amra', 'Layla', 'Yusuf'])[1 + abs(hashint4(i)) % 8] || ' '
             || (ARRAY['al-Janabi', 'Warsame', 'Hadžić', 'Kadhim', 'Cali', 'Begić', 'al-Rawi', 'Mahmoud'])[1 + abs(hashint4(i + 1)) % 8],
           'Ordförande', '+46 70 ' || lpad((abs(hashint4(i + 2)) % 10000000)::text, 7, '0'), c.languages[1], c.created_by_user_id
      FROM generate_series(1, ${contactTotal * 2}) AS i
      JOIN contact_organisation c ON c.id = ('c0000000-0000-4000-8000-' || lpad((1 + (i - 1) / 2)::text, 12, '0'))::uuid;
  `;

  const activities = `
    INSERT INTO outreach_activity (id, organisation_id, kind, held_on, duration_minutes, title, focus_countries, languages, topics,
                                   participants_women, participants_men, participants_under_18, follow_up, follow_up_due_on, follow_up_owner_user_id,
                                   follow_up_done_at, created_by_user_id, created_at)
    SELECT ${id('c2')}, ${owner(v.activities.stockholm)}, k.kind,
           current_date - (abs(hashint4(i)) % 2920), 30 + abs(hashint4(i + 1)) % 150,
           'Aktivitet ' || i, k.countries, k.languages, ARRAY['RETURN_SUPPORT', 'COUNTRY_SITUATION'],
           CASE WHEN k.kind = 'INFORMATION_MEETING' THEN abs(hashint4(i + 2)) % 30 END,
           CASE WHEN k.kind = 'INFORMATION_MEETING' THEN abs(hashint4(i + 3)) % 25 END,
           CASE WHEN k.kind = 'INFORMATION_MEETING' THEN abs(hashint4(i + 4)) % 5 END,
           f.task, f.due, f.owner, CASE WHEN f.task IS NOT NULL AND abs(hashint4(i + 6)) % 4 > 0 THEN now() END,
           ${creator(v.activities.stockholm)}, now()
      FROM generate_series(1, ${activityTotal}) AS i
     CROSS JOIN LATERAL (SELECT (ARRAY['INFORMATION_MEETING', 'VISIT', 'PHONE_CALL', 'FAIR_OR_EVENT', 'MEDIA', 'MATERIAL_SENT'])[1 + abs(hashint4(i + 7)) % 6] AS kind,
                                string_to_array((ARRAY['IQ', 'SO', 'BA', 'IQ,SO'])[1 + abs(hashint4(i + 8)) % 4], ',') AS countries,
                                string_to_array((ARRAY['ar', 'so', 'bs', 'ar,so'])[1 + abs(hashint4(i + 8)) % 4], ',') AS languages) k
     CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashint4(i + 5)) % 10 = 0 THEN 'Följ upp mötet.' END AS task,
                                CASE WHEN abs(hashint4(i + 5)) % 10 = 0 THEN current_date - (abs(hashint4(i)) % 2920) + 14 END AS due,
                                CASE WHEN abs(hashint4(i + 5)) % 10 = 0 THEN ${creator(v.activities.stockholm)} END AS owner) f;
    INSERT INTO outreach_activity_contact (activity_id, contact_organisation_id, organisation_id)
    SELECT DISTINCT ${id('c2')}, ('c0000000-0000-4000-8000-' || lpad(${contactOf('i * 2 + k', v.activities.stockholm)}::text, 12, '0'))::uuid,
           ${owner(v.activities.stockholm)}
      FROM generate_series(1, ${activityTotal}) AS i, generate_series(0, 1) AS k
     WHERE k = 0 OR abs(hashint4(i + 9)) % 3 = 0;
    INSERT INTO outreach_activity_staff (activity_id, user_id, organisation_id)
    SELECT ${id('c2')}, ${creator(v.activities.stockholm)}, ${owner(v.activities.stockholm)} FROM generate_series(1, ${activityTotal}) AS i;
  `;

  const consultations = `
    INSERT INTO staff_consultation (organisation_id, held_on, department, district, channel, topic, country, question, advice, minutes_spent, participants, created_by_user_id)
    SELECT ${owner(v.consultations.stockholm)}, current_date - (abs(hashint4(i)) % 2920),
           (ARRAY['Socialtjänsten', 'Vuxenutbildningen', 'Arbetsförmedlingen', 'Skolan', 'Äldreomsorgen'])[1 + abs(hashint4(i + 1)) % 5],
           (ARRAY['Rinkeby-Kista', 'Spånga-Tensta', 'Skärholmen', 'Angered', NULL])[1 + abs(hashint4(i + 2)) % 5],
           ch.channel, (ARRAY['RETURN_SUPPORT', 'COUNTRY_SITUATION', 'REINTEGRATION', 'INDIVIDUAL_CASE', 'THE_OFFICE', 'OTHER'])[1 + abs(hashint4(i + 4)) % 6],
           (ARRAY['IQ', 'SO', 'BA', NULL])[1 + abs(hashint4(i + 5)) % 4],
           'Fråga ' || i || ' om stödet vid återvandring.', 'Svar och råd ' || i || '.', 10 + abs(hashint4(i + 6)) % 110,
           CASE WHEN ch.channel = 'TRAINING' THEN 5 + abs(hashint4(i + 7)) % 40 END, ${creator(v.consultations.stockholm)}
      FROM generate_series(1, ${consultationTotal}) AS i
     CROSS JOIN LATERAL (SELECT (ARRAY['PHONE', 'PHONE', 'EMAIL', 'MEETING', 'TRAINING'])[1 + abs(hashint4(i + 3)) % 5] AS channel) ch;
  `;

  return [
    [`contacts directory (${contactTotal.toLocaleString('en')})`, contacts],
    [`outreach activities (${activityTotal.toLocaleString('en')})`, activities],
    [`staff consultations (${consultationTotal.toLocaleString('en')})`, consultations],
  ];
}

export const outreachTables = ['contact_organisation', 'contact_person', 'contact_status_change', 'outreach_activity', 'outreach_activity_contact', 'staff_consultation'];
