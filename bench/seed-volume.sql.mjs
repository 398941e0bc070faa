// The bulk load of the volume benchmark: set-based INSERT … SELECT over generate_series, run as
// the schema owner on the migrated, demo-seeded database. Every value is derived from the
// case's index i through hashint4, so a rebuild gives the same data. Cases, referrals and the
// rest get deterministic ids (b0…/b1…/b2…), so that each step finds the rows of the step before
// without a lookup.
//
// Exported as a list of [step name, SQL] pairs; seed-volume.mjs runs them in order and times each.

/** The demo's organisations and people (server/src/modules/demo/demo-data.ts). */
const org = {
  stockholm: '5a0c0000-0000-4000-8000-000000000001',
  gothenburg: '5a0c0000-0000-4000-8000-000000000002',
  prijedor: '5a0c0000-0000-4000-8000-000000000003',
  sanskiMost: '5a0c0000-0000-4000-8000-000000000004',
  bihac: '5a0c0000-0000-4000-8000-000000000005',
  clddBih: '5a0c0000-0000-4000-8000-000000000006',
  baghdad: '5a0c0000-0000-4000-8000-000000000007',
};
const staff = (o, n) => `5a0c0000-0000-4000-800${o}-00000000000${n}`;

export function volumeSteps({ stockholmCases, gothenburgCases }) {
  const n = stockholmCases + gothenburgCases;
  // Stockholm's caseworkers, the demo's three included: a caseworker has about 2,500 cases.
  const caseworkers = Math.max(3, Math.round(stockholmCases / 2500));
  const text = (values) => `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}]::text[]`;
  // Names in several scripts and with diacritics, so that prefix, infix and accent-blind search
  // have something to find (and to miss).
  const firstNames = text([
    'Amra', 'Emir', 'Lejla', 'Haris', 'Selma', 'Nermin', 'Azra', 'Jasmin', 'Mirza', 'Aida', 'Edin', 'Senada', 'Kenan', 'Ajla',
    'Đorđe', 'Šemsa', 'Željko', 'Ćamil', 'Zlatan', 'Dženana', 'Ahmed', 'Fatima', 'Mohammed', 'Layla', 'Omar', 'Zainab',
    'Hussein', 'Noor', 'Ali', 'Rasha', 'عبد الله', 'فاطمة', 'محمد', 'زينب', 'علي', 'نور', 'Cabdi', 'Faadumo', 'Xasan',
    'Maryan', 'Cabdullahi', 'Hodan', 'Гордана', 'Милош', 'Sara', 'Hamid', 'Shirin', 'Arben', 'Blerta', 'Yusuf',
  ]);
  const lastNames = text([
    'Hodžić', 'Kovačević', 'Karabegović', 'Mujić', 'Dedić', 'Halilović', 'Begić', 'Mehmedović', 'Hadžiselimović', 'Čaušević',
    'Šehić', 'Ćatić', 'Đulić', 'Žunić', 'Hodžović', 'Popović', 'Al-Jubouri', 'Al-Tamimi', 'Al-Rawi', 'Al-Kubaisi', 'Kareem',
    'Al-Jabouri', 'Hassan', 'عبد الله', 'الراوي', 'الجبوري', 'التميمي', 'Cabdi', 'Warsame', 'Maxamed', 'Cali', 'Faarax',
    'Петровић', 'Јовановић', 'Ahmadi', 'Haidari', 'Krasniqi', 'Berisha', 'Al-Hakim', 'Hodžić-Begić', 'Al-Obaidi',
  ]);
  const messages = text([
    'Hej! Vi har fått in nya handlingar, se bifogat underlag.',
    'Porodica je stigla i smještena je kod rođaka. Sljedeća posjeta za dvije sedmice.',
    'Thank you, we will schedule the first home visit next week.',
    'تم استلام الطلب، وسنتواصل مع العائلة خلال أيام.',
    'Kan ni bekräfta mottagandet av remissen?',
    'Dokumenti su predati općini; čekamo rješenje.',
    'The budget for the housing repair has been approved.',
    'Hodžić family: children enrolled in school in Prijedor.',
  ]);

  // r(i, salt): a fixed pseudo-random number 0…999 per case and purpose.
  const helpers = `
    CREATE FUNCTION pg_temp.r(i bigint, salt int) RETURNS int LANGUAGE sql IMMUTABLE
      AS $$ SELECT (abs(hashint8(i * 7919 + salt)::bigint) % 1000)::int $$;
    CREATE FUNCTION pg_temp.uid(kind text, i bigint, k int DEFAULT 0) RETURNS uuid LANGUAGE sql IMMUTABLE
      AS $$ SELECT (kind || lpad(to_hex(k), 6, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid $$;
  `;

  const cases = `
    -- Stockholm's caseworkers: the demo's three and more like them (same password), so that one
    -- person's cases, and worklist, are a caseworker's share of the volume.
    INSERT INTO app_user (id, organisation_id, email, name, roles, language, password_hash)
    SELECT pg_temp.uid('b4', k), '${org.stockholm}', 'handlaggare' || k || '@stockholm.example',
           (${firstNames})[1 + k % cardinality(${firstNames})] || ' ' || (ARRAY['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson'])[1 + k % 7],
           ARRAY['CASEWORKER'], 'sv', (SELECT password_hash FROM app_user WHERE id = '${staff(1, 1)}')
      FROM generate_series(3, ${caseworkers - 1}) AS k;

    CREATE TEMP TABLE bench_case AS
    WITH base AS (
      SELECT i,
             CASE WHEN i <= ${stockholmCases} THEN '${org.stockholm}'::uuid ELSE '${org.gothenburg}'::uuid END AS organisation_id,
             CASE WHEN i <= ${stockholmCases} THEN 'STO' ELSE 'GBG' END AS prefix,
             CASE WHEN i <= ${stockholmCases} THEN i ELSE i - ${stockholmCases} END AS j,
             CASE WHEN i <= ${stockholmCases} THEN ${stockholmCases} ELSE ${gothenburgCases} END AS m,
             pg_temp.r(i, 1) AS p_status, pg_temp.r(i, 2) AS p_country, pg_temp.r(i, 3) AS p_place, pg_temp.r(i, 4) AS p_who
        FROM generate_series(1, ${n}) AS i
    ), aged AS (
      -- days since the case was opened: five years of intake, the newest case last
      SELECT b.*, ((b.m - b.j) * 1826 / b.m)::int AS age FROM base b
    ), timed AS (
      SELECT b.*,
             -- the newest case is the last: five years of intake, newest last
             date_trunc('minute', now() - make_interval(days => b.age, mins => pg_temp.r(b.i, 5) * 7 / 5)) AS created_at,
             -- newer cases are earlier on their way; most cases older than two years are closed
             CASE WHEN b.age < 60 THEN CASE WHEN b.p_status < 600 THEN 'INTAKE' ELSE 'PREPARING_RETURN' END
                  WHEN b.age < 180 THEN CASE WHEN b.p_status < 100 THEN 'INTAKE' WHEN b.p_status < 500 THEN 'PREPARING_RETURN' WHEN b.p_status < 800 THEN 'RETURNED'
                                             WHEN b.p_status < 950 THEN 'IN_REINTEGRATION' ELSE 'CLOSED' END
                  WHEN b.age < 730 THEN CASE WHEN b.p_status < 100 THEN 'RETURNED' WHEN b.p_status < 600 THEN 'IN_REINTEGRATION' ELSE 'CLOSED' END
                  ELSE CASE WHEN b.p_status < 100 THEN 'IN_REINTEGRATION' ELSE 'CLOSED' END END AS status,
             CASE WHEN b.p_country < 550 THEN 'BA' WHEN b.p_country < 800 THEN 'IQ' WHEN b.p_country < 880 THEN 'SO' WHEN b.p_country < 920 THEN 'RS'
                  WHEN b.p_country < 950 THEN 'XK' WHEN b.p_country < 980 THEN 'SY' ELSE 'AF' END AS destination_country
        FROM aged b
    )
    SELECT t.i, t.organisation_id, t.prefix, t.status, t.destination_country, t.created_at,
           pg_temp.uid('b0', t.i) AS id,
           CASE t.destination_country
             WHEN 'BA' THEN (ARRAY['Prijedor', 'Sanski Most', 'Bihać', 'Sarajevo', 'Tuzla'])[1 + t.p_place % 5]
             WHEN 'IQ' THEN (ARRAY['Bagdad', 'Erbil', 'Mosul'])[1 + t.p_place % 3]
             WHEN 'SO' THEN (ARRAY['Mogadishu', 'Hargeisa'])[1 + t.p_place % 2]
             WHEN 'RS' THEN 'Beograd' WHEN 'XK' THEN 'Prishtina' WHEN 'SY' THEN 'Damascus' ELSE 'Kabul' END AS destination_place,
           CASE WHEN t.organisation_id = '${org.gothenburg}' THEN '${staff(2, 1)}'::uuid
                WHEN t.p_who % ${caseworkers} = 0 THEN '${staff(1, 1)}'::uuid WHEN t.p_who % ${caseworkers} = 1 THEN '${staff(1, 2)}'::uuid
                WHEN t.p_who % ${caseworkers} = 2 THEN '${staff(1, 3)}'::uuid ELSE pg_temp.uid('b4', t.p_who % ${caseworkers}) END AS responsible_user_id,
           CASE WHEN t.status = 'CLOSED' THEN (ARRAY['COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'WITHDREW', 'WITHDREW', 'DID_NOT_DEPART', 'DID_NOT_DEPART', 'CONTACT_LOST'])[1 + pg_temp.r(t.i, 6) % 10] END AS closure_reason,
           extract(year FROM t.created_at)::int AS year
      FROM timed t;

    ALTER TABLE bench_case ADD COLUMN planned_departure date, ADD COLUMN actual_departure date, ADD COLUMN updated_at timestamptz,
                           ADD COLUMN sequence int, ADD COLUMN path_end int;
    UPDATE bench_case SET
      planned_departure = CASE WHEN status = 'INTAKE' AND pg_temp.r(i, 7) < 400 THEN NULL ELSE (created_at + make_interval(days => 60 + pg_temp.r(i, 8) % 180))::date END,
      -- how far along INTAKE → PREPARING_RETURN → RETURNED → IN_REINTEGRATION the case went
      path_end = CASE status WHEN 'INTAKE' THEN 0 WHEN 'PREPARING_RETURN' THEN 1 WHEN 'RETURNED' THEN 2 WHEN 'IN_REINTEGRATION' THEN 3
                   ELSE CASE closure_reason WHEN 'COMPLETED' THEN 3 WHEN 'CONTACT_LOST' THEN 2 WHEN 'DID_NOT_DEPART' THEN 1 ELSE pg_temp.r(i, 9) % 2 END END;
    UPDATE bench_case SET actual_departure = least(planned_departure, current_date - 1) WHERE path_end >= 2 AND planned_departure IS NOT NULL;
    UPDATE bench_case SET actual_departure = (created_at + interval '90 days')::date, planned_departure = (created_at + interval '90 days')::date
     WHERE path_end >= 2 AND actual_departure IS NULL;
    UPDATE bench_case SET updated_at = least(now(), created_at + make_interval(days => pg_temp.r(i, 10) % greatest(1, (current_date - created_at::date)), mins => pg_temp.r(i, 11)));
    UPDATE bench_case c
       SET sequence = s.n + coalesce((SELECT k.last_number FROM case_number_counter k WHERE k.organisation_id = c.organisation_id AND k.year = c.year), 0)
      FROM (SELECT i, row_number() OVER (PARTITION BY organisation_id, year ORDER BY i) AS n FROM bench_case) s
     WHERE s.i = c.i;
    CREATE UNIQUE INDEX ON bench_case (i);
    ANALYZE bench_case;

    INSERT INTO referral_case (id, organisation_id, number, year, sequence, responsible_user_id, destination_country, destination_place,
                               planned_departure, actual_departure, support_amount_minor, support_currency, status, closure_reason, version,
                               created_by_user_id, created_at, updated_at)
    SELECT id, organisation_id, prefix || '-' || year || '-' || lpad(sequence::text, greatest(4, length(sequence::text)), '0'), year, sequence, responsible_user_id,
           destination_country, destination_place, planned_departure, actual_departure,
           CASE WHEN path_end >= 1 AND pg_temp.r(i, 12) < 700 THEN (1000 + pg_temp.r(i, 13) * 30) * 100 END,
           CASE WHEN path_end >= 1 AND pg_temp.r(i, 12) < 700 THEN 'SEK' END,
           status, closure_reason, 1 + path_end + (pg_temp.r(i, 14) % 4), responsible_user_id, created_at, updated_at
      FROM bench_case;

    INSERT INTO case_number_counter (organisation_id, year, last_number)
    SELECT organisation_id, year, max(sequence) FROM bench_case GROUP BY organisation_id, year
    ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = greatest(case_number_counter.last_number, EXCLUDED.last_number);
  `;

  const people = `
    INSERT INTO returnee (case_id, organisation_id, first_name, last_name, date_of_birth, sex, citizenship, languages, identity_number, document_language)
    SELECT c.id, c.organisation_id,
           (${firstNames})[1 + pg_temp.r(c.i, 20) % cardinality(${firstNames})],
           (${lastNames})[1 + pg_temp.r(c.i, 21) % cardinality(${lastNames})],
           CASE WHEN pg_temp.r(c.i, 22) < 950 THEN DATE '1950-01-01' + (pg_temp.r(c.i, 23) * 20 + pg_temp.r(c.i, 24) % 20) END,
           (ARRAY['FEMALE', 'MALE', 'MALE', 'FEMALE', 'OTHER', 'UNKNOWN'])[1 + pg_temp.r(c.i, 25) % 6],
           CASE c.destination_country WHEN 'XK' THEN 'XK' ELSE c.destination_country END,
           CASE c.destination_country WHEN 'BA' THEN ARRAY['bs'] WHEN 'IQ' THEN ARRAY['ar', 'ckb'] WHEN 'SO' THEN ARRAY['so'] WHEN 'SY' THEN ARRAY['ar'] ELSE ARRAY['en'] END,
           CASE WHEN pg_temp.r(c.i, 26) < 600 THEN to_char(DATE '1950-01-01' + (pg_temp.r(c.i, 23) * 20 + pg_temp.r(c.i, 24) % 20), 'YYYYMMDD') || '-' || lpad((c.i % 10000)::text, 4, '0')
                WHEN pg_temp.r(c.i, 26) < 800 THEN 'P' || lpad(c.i::text, 8, '0') END,
           CASE c.destination_country WHEN 'BA' THEN 'bs' WHEN 'IQ' THEN (ARRAY['ar', 'ckb'])[1 + c.i % 2] WHEN 'SO' THEN 'so' WHEN 'SY' THEN 'ar' ELSE 'en' END
      FROM bench_case c;

    INSERT INTO returnee_contact (case_id, organisation_id, phone, email, address_in_sweden)
    -- Phone numbers written as people write them: +46 70 …, 070-… …, and a Bosnian mobile for some.
    SELECT c.id, c.organisation_id,
           CASE WHEN pg_temp.r(c.i, 36) < 500 THEN '+46 70 ' || lpad((c.i * 37 % 10000000)::text, 7, '0')
                WHEN pg_temp.r(c.i, 36) < 900 THEN '070-' || substr(lpad((c.i * 37 % 10000000)::text, 7, '0'), 1, 3) || ' ' || substr(lpad((c.i * 37 % 10000000)::text, 7, '0'), 4, 2) || ' ' || substr(lpad((c.i * 37 % 10000000)::text, 7, '0'), 6)
                ELSE '+387 61 ' || lpad((c.i * 53 % 1000000)::text, 6, '0') END,
           CASE WHEN pg_temp.r(c.i, 30) < 300 THEN 'person' || c.i || '@example.org' END,
           'Exempelgatan ' || (1 + c.i % 120) || ', ' || CASE WHEN c.organisation_id = '${org.stockholm}' THEN 'Stockholm' ELSE 'Göteborg' END
      FROM bench_case c WHERE pg_temp.r(c.i, 31) < 800;

    INSERT INTO household_member (case_id, organisation_id, first_name, last_name, date_of_birth, sex, relation, travels, position)
    SELECT c.id, c.organisation_id,
           (${firstNames})[1 + pg_temp.r(c.i, 40 + h) % cardinality(${firstNames})],
           (${lastNames})[1 + pg_temp.r(c.i, 21) % cardinality(${lastNames})],
           CASE WHEN h = 0 THEN DATE '1960-01-01' + pg_temp.r(c.i, 45) * 10 ELSE DATE '2005-01-01' + pg_temp.r(c.i, 46 + h) * 5 END,
           (ARRAY['FEMALE', 'MALE'])[1 + (c.i + h) % 2],
           CASE WHEN h = 0 THEN 'SPOUSE' ELSE 'CHILD' END,
           pg_temp.r(c.i, 50 + h) < 900, h
      FROM bench_case c CROSS JOIN LATERAL generate_series(0, pg_temp.r(c.i, 32) % 3) AS h
     WHERE pg_temp.r(c.i, 33) < 350;

    INSERT INTO case_needs (case_id, organisation_id, description)
    SELECT id, organisation_id, 'Behöver stöd med bostad och dokument i ' || destination_place || '.' FROM bench_case WHERE pg_temp.r(i, 34) < 600;

    INSERT INTO returnee_health (case_id, organisation_id, information, vulnerabilities)
    SELECT id, organisation_id, 'Regelbunden medicinering; behöver läkarkontakt efter ankomst.', ARRAY['CHRONIC_ILLNESS']
      FROM bench_case WHERE pg_temp.r(i, 35) < 150;
  `;

  const history = `
    INSERT INTO case_status_change (case_id, organisation_id, from_status, to_status, closure_reason, changed_by_user_id, changed_at)
    SELECT c.id, c.organisation_id,
           CASE WHEN s = 0 THEN NULL ELSE (ARRAY['INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION'])[s] END,
           (ARRAY['INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION'])[s + 1], NULL, c.responsible_user_id,
           c.created_at + (c.updated_at - c.created_at) * s / (c.path_end + 2)
      FROM bench_case c CROSS JOIN LATERAL generate_series(0, c.path_end) AS s;
    INSERT INTO case_status_change (case_id, organisation_id, from_status, to_status, closure_reason, changed_by_user_id, changed_at)
    SELECT c.id, c.organisation_id, (ARRAY['INTAKE', 'PREPARING_RETURN', 'RETURNED', 'IN_REINTEGRATION'])[c.path_end + 1], 'CLOSED',
           c.closure_reason, c.responsible_user_id, c.updated_at
      FROM bench_case c WHERE c.status = 'CLOSED';
  `;

  // Referrals: the partner follows the destination (a Bosnian municipality or CLDD BiH; CLDD
  // Baghdad for Iraq, Stockholm only); a third of the Bosnian municipality cases go to CLDD BiH too.
  const referrals = `
    CREATE TEMP TABLE bench_partner (organisation_id uuid, partner uuid, place text, agreement uuid, response_days int, caseworker uuid, coordinator uuid);
    INSERT INTO bench_partner VALUES
      ('${org.stockholm}', '${org.prijedor}', 'Prijedor', '5a0c0000-0000-4000-8100-000000000010', 7, '${staff(3, 1)}', '${staff(3, 2)}'),
      ('${org.stockholm}', '${org.sanskiMost}', 'Sanski Most', '5a0c0000-0000-4000-8100-000000000011', 7, '${staff(4, 1)}', '${staff(4, 2)}'),
      ('${org.stockholm}', '${org.bihac}', 'Bihać', '5a0c0000-0000-4000-8100-000000000012', 7, '${staff(5, 1)}', '${staff(5, 2)}'),
      ('${org.stockholm}', '${org.clddBih}', NULL, '5a0c0000-0000-4000-8100-000000000013', 7, '${staff(6, 1)}', '${staff(6, 2)}'),
      ('${org.stockholm}', '${org.baghdad}', NULL, '5a0c0000-0000-4000-8100-000000000014', 14, '${staff(7, 1)}', '${staff(7, 2)}'),
      ('${org.gothenburg}', '${org.prijedor}', 'Prijedor', '5a0c0000-0000-4000-8100-000000000020', 7, '${staff(3, 1)}', '${staff(3, 2)}'),
      ('${org.gothenburg}', '${org.sanskiMost}', 'Sanski Most', '5a0c0000-0000-4000-8100-000000000021', 7, '${staff(4, 1)}', '${staff(4, 2)}'),
      ('${org.gothenburg}', '${org.bihac}', 'Bihać', '5a0c0000-0000-4000-8100-000000000022', 7, '${staff(5, 1)}', '${staff(5, 2)}'),
      ('${org.gothenburg}', '${org.clddBih}', NULL, '5a0c0000-0000-4000-8100-000000000023', 7, '${staff(6, 1)}', '${staff(6, 2)}');

    CREATE TEMP TABLE bench_referral AS
    WITH wanted AS (
      -- k = 1: the first partner, by destination
      SELECT c.*, 1 AS k,
             CASE WHEN c.destination_country = 'IQ' THEN '${org.baghdad}'::uuid
                  WHEN c.destination_place = 'Prijedor' THEN '${org.prijedor}'::uuid
                  WHEN c.destination_place = 'Sanski Most' THEN '${org.sanskiMost}'::uuid
                  WHEN c.destination_place = 'Bihać' THEN '${org.bihac}'::uuid
                  ELSE '${org.clddBih}'::uuid END AS partner
        FROM bench_case c
       WHERE c.destination_country IN ('BA', 'IQ') AND pg_temp.r(c.i, 60) < CASE WHEN c.status = 'INTAKE' THEN 300 ELSE 850 END
      UNION ALL
      -- k = 2: CLDD BiH beside a municipality
      SELECT c.*, 2, '${org.clddBih}'::uuid
        FROM bench_case c
       WHERE c.destination_place IN ('Prijedor', 'Sanski Most', 'Bihać') AND pg_temp.r(c.i, 60) < 850 AND pg_temp.r(c.i, 61) < 330
    ), answered AS (
      SELECT w.*, p.agreement, p.response_days, p.caseworker AS partner_caseworker, p.coordinator AS partner_coordinator,
             pg_temp.r(w.i, 62 + w.k) AS p_ref
        FROM wanted w JOIN bench_partner p ON p.organisation_id = w.organisation_id AND p.partner = w.partner
    )
    SELECT a.i, a.k, pg_temp.uid('b1', a.i, a.k) AS id, a.id AS case_id, a.organisation_id, a.partner, a.agreement, a.response_days,
           a.partner_caseworker, a.partner_coordinator, a.responsible_user_id, a.created_at AS case_created_at, a.status AS case_status, a.path_end,
           a.actual_departure, a.closure_reason,
           CASE
             WHEN a.path_end = 0 AND a.status <> 'CLOSED' THEN CASE WHEN a.p_ref < 600 THEN 'PENDING' WHEN a.p_ref < 800 THEN 'DECLINED' ELSE 'EXPIRED' END
             WHEN a.path_end = 1 AND a.status <> 'CLOSED' THEN CASE WHEN a.p_ref < 250 THEN 'PENDING' WHEN a.p_ref < 750 THEN 'ACCEPTED' WHEN a.p_ref < 900 THEN 'DECLINED' ELSE 'EXPIRED' END
             WHEN a.status <> 'CLOSED' THEN CASE WHEN a.p_ref < 850 THEN 'ACCEPTED' WHEN a.p_ref < 950 THEN 'DECLINED' ELSE 'EXPIRED' END
             ELSE CASE WHEN a.p_ref < 600 THEN 'ACCEPTED' WHEN a.p_ref < 800 THEN 'DECLINED' ELSE 'EXPIRED' END
           END AS status,
           CASE WHEN pg_temp.r(a.i, 64 + a.k) < 700 THEN ARRAY['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS']
                WHEN pg_temp.r(a.i, 64 + a.k) < 900 THEN ARRAY['IDENTITY', 'CONTACT']
                ELSE ARRAY['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS', 'HEALTH'] END AS sections
      FROM answered a;
    ALTER TABLE bench_referral ADD COLUMN sent_at timestamptz, ADD COLUMN expires_at timestamptz, ADD COLUMN responded_at timestamptz;
    UPDATE bench_referral SET sent_at = CASE
        WHEN status = 'PENDING' THEN date_trunc('minute', now() - make_interval(hours => pg_temp.r(i, 70 + k) % (24 * (response_days - 1))))
        ELSE least(case_created_at + make_interval(days => 3 + pg_temp.r(i, 72 + k) % 25), now() - make_interval(days => response_days + 2)) END;
    UPDATE bench_referral SET expires_at = sent_at + make_interval(days => response_days),
                              responded_at = CASE WHEN status IN ('ACCEPTED', 'DECLINED') THEN sent_at + make_interval(hours => 2 + pg_temp.r(i, 74 + k) % 100) END;
    CREATE UNIQUE INDEX ON bench_referral (id);
    CREATE INDEX ON bench_referral (i);
    ANALYZE bench_referral;

    INSERT INTO consent (case_id, organisation_id, partner_organisation_id, sections, given_on, recorded_by_user_id, recorded_at, withdrawn_at, withdrawn_by_user_id)
    SELECT r.case_id, r.organisation_id, r.partner, r.sections, (r.sent_at - interval '1 day')::date, r.responsible_user_id, r.sent_at - interval '1 day',
           CASE WHEN pg_temp.r(r.i, 76 + r.k) < 50 THEN least(now(), r.sent_at + interval '30 days') END,
           CASE WHEN pg_temp.r(r.i, 76 + r.k) < 50 THEN r.responsible_user_id END
      FROM bench_referral r;

    INSERT INTO referral (id, case_id, organisation_id, to_organisation_id, agreement_id, sections, status, decline_reason, sent_by_user_id,
                          sent_at, expires_at, responded_by_user_id, responded_at)
    SELECT r.id, r.case_id, r.organisation_id, r.partner, r.agreement, r.sections, r.status,
           CASE WHEN r.status = 'DECLINED' THEN (ARRAY['Personen vill bosätta sig i en annan kommun.', 'Nema kapaciteta za prijem ovog mjeseca.', 'لا توجد قدرة استيعابية حاليًا.'])[1 + r.i % 3] END,
           r.responsible_user_id, r.sent_at, r.expires_at,
           CASE WHEN r.status IN ('ACCEPTED', 'DECLINED') THEN r.partner_coordinator END, r.responded_at
      FROM bench_referral r;
  `;

  // Follow-up for an accepted first referral of a case that has departed.
  const followUp = `
    CREATE TEMP TABLE bench_follow AS
    SELECT r.i, r.case_id, r.organisation_id, r.partner, r.partner_caseworker, r.case_status, r.closure_reason,
           (r.actual_departure + 1 + pg_temp.r(r.i, 80) % 5) AS arrived_on
      FROM bench_referral r
     WHERE r.k = 1 AND r.status = 'ACCEPTED' AND r.path_end >= 2 AND r.actual_departure IS NOT NULL AND r.actual_departure < current_date - 6;
    ANALYZE bench_follow;

    INSERT INTO arrival (case_id, owner_organisation_id, partner_organisation_id, arrived_on, notes, recorded_by_user_id, recorded_at)
    SELECT case_id, organisation_id, partner, least(arrived_on, current_date), NULL, partner_caseworker, least(now(), arrived_on + interval '10 hours')
      FROM bench_follow;

    INSERT INTO reintegration_plan (id, case_id, owner_organisation_id, partner_organisation_id, budget_amount_minor, budget_currency, version, updated_by_user_id, updated_at)
    SELECT pg_temp.uid('b2', f.i), f.case_id, f.organisation_id, f.partner,
           CASE WHEN pg_temp.r(f.i, 81) < 700 THEN (2000 + pg_temp.r(f.i, 82) * 10) * 100 END,
           CASE WHEN pg_temp.r(f.i, 81) < 700 THEN (CASE WHEN f.partner = '${org.baghdad}' THEN 'IQD' ELSE 'BAM' END) END,
           1 + pg_temp.r(f.i, 83) % 3, f.partner_caseworker, least(now(), f.arrived_on + interval '14 days')
      FROM bench_follow f WHERE f.case_status <> 'RETURNED';

    INSERT INTO plan_goal (plan_id, case_id, owner_organisation_id, partner_organisation_id, domain, description, status, target_date, position)
    SELECT pg_temp.uid('b2', f.i), f.case_id, f.organisation_id, f.partner,
           (ARRAY['HOUSING', 'INCOME_AND_WORK', 'EDUCATION', 'HEALTH', 'PSYCHOSOCIAL', 'DOCUMENTS', 'SOCIAL_NETWORK'])[1 + (pg_temp.r(f.i, 84) + g) % 7],
           (ARRAY['Obnova krova na porodičnoj kući.', 'Start a small farm: seeds and tools.', 'تسجيل الأطفال في المدرسة.', 'Nova lična karta i prijava prebivališta.'])[1 + (f.i + g) % 4],
           (ARRAY['NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED'])[1 + pg_temp.r(f.i, 85 + g) % 4],
           f.arrived_on + 60 + 30 * g, g
      FROM bench_follow f CROSS JOIN LATERAL generate_series(0, 1 + pg_temp.r(f.i, 86) % 3) AS g
     WHERE f.case_status <> 'RETURNED';

    -- Visits about every 30 days since arrival (at most four); the last one names the next, which
    -- for about a fifth of the open cases has passed: overdue follow-up. The trigger that marks each
    -- case's latest visit (migration 0009) takes a lock per case, more than one transaction may
    -- hold for 30,000 cases: it is off for this insert, and the same marking is done once after it.
    ALTER TABLE follow_up_visit DISABLE TRIGGER follow_up_visit_latest;
    INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, domain_statuses, narrative,
                                 next_visit_on, recorded_by_user_id, recorded_at)
    SELECT f.case_id, f.organisation_id, f.partner, v.visited_on,
           (ARRAY['HOME_VISIT', 'OFFICE', 'PHONE', 'VIDEO'])[1 + pg_temp.r(f.i, 90 + v.n) % 4],
           jsonb_build_object('HOUSING', (ARRAY['POOR', 'FAIR', 'GOOD'])[1 + pg_temp.r(f.i, 91 + v.n) % 3], 'DOCUMENTS', (ARRAY['POOR', 'FAIR', 'GOOD'])[1 + pg_temp.r(f.i, 92 + v.n) % 3]),
           (ARRAY['Porodica je dobro smještena; djeca idu u školu.', 'Home visit: the roof repair has started.', 'الأسرة مستقرة لكن السكن ضيق.'])[1 + (f.i + v.n) % 3],
           CASE WHEN v.n < v.visits THEN v.visited_on + 30
                WHEN pg_temp.r(f.i, 93) < 200 THEN greatest(v.visited_on, current_date - 1 - pg_temp.r(f.i, 94) % 40)
                ELSE greatest(v.visited_on, current_date) + 5 + pg_temp.r(f.i, 95) % 40 END,
           f.partner_caseworker, least(now(), v.visited_on + interval '16 hours')
      FROM bench_follow f
      CROSS JOIN LATERAL (SELECT least(1 + pg_temp.r(f.i, 96) % 4, (current_date - f.arrived_on) / 30) AS visits) AS planned
      CROSS JOIN LATERAL (SELECT n, planned.visits, f.arrived_on + 30 * n - 2 + pg_temp.r(f.i, 97 + n) % 5 AS visited_on
                            FROM generate_series(1, planned.visits) AS n) AS v
     WHERE f.case_status <> 'RETURNED' AND v.visited_on <= current_date;
    ALTER TABLE follow_up_visit ENABLE TRIGGER follow_up_visit_latest;
    UPDATE follow_up_visit v SET latest = (v.id = top.id)
      FROM (SELECT DISTINCT ON (w.case_id) w.case_id, w.id FROM follow_up_visit w
             ORDER BY w.case_id, w.visited_on DESC, w.recorded_at DESC, w.id DESC) top
     WHERE v.case_id = top.case_id AND v.latest IS DISTINCT FROM (v.id = top.id);
  `;

  const messaging = `
    INSERT INTO case_message (referral_id, case_id, owner_organisation_id, partner_organisation_id, author_organisation_id, author_user_id, body, created_at)
    SELECT r.id, r.case_id, r.organisation_id, r.partner,
           CASE WHEN m % 2 = 1 THEN r.organisation_id ELSE r.partner END,
           CASE WHEN m % 2 = 1 THEN r.responsible_user_id ELSE r.partner_caseworker END,
           (${messages})[1 + pg_temp.r(r.i, 100 + m) % cardinality(${messages})],
           least(now() - interval '1 minute', r.sent_at + make_interval(hours => m * (3 + pg_temp.r(r.i, 110 + m) % 40)))
      FROM bench_referral r CROSS JOIN LATERAL generate_series(1, 1 + pg_temp.r(r.i, 101) % 5) AS m
     WHERE r.status IN ('ACCEPTED', 'PENDING') AND pg_temp.r(r.i, 102 + r.k) < 400;

    -- Read marks: most threads read to the end on both sides, some (recent ones more) unread.
    INSERT INTO message_read (user_id, referral_id, last_read_at)
    SELECT who.user_id, t.referral_id, CASE WHEN pg_temp.r(t.i, 120 + who.side) < 750 THEN t.last_at ELSE t.first_at END
      FROM (SELECT r.id AS referral_id, r.i, r.responsible_user_id, r.partner_caseworker, min(m.created_at) AS first_at, max(m.created_at) AS last_at
              FROM bench_referral r JOIN case_message m ON m.referral_id = r.id
             GROUP BY r.id, r.i, r.responsible_user_id, r.partner_caseworker) t
      CROSS JOIN LATERAL (VALUES (t.responsible_user_id, 0), (t.partner_caseworker, 1)) AS who(user_id, side);
  `;

  // Stockholm supervises each partner (the agreements include SUPERVISION): a session every few
  // days over five years, with participants, note revisions, actions (some overdue), comments
  // and linked cases. Eva Sandberg is Stockholm's supervisor.
  const supervision = `
    CREATE TEMP TABLE bench_session AS
    SELECT s, p.partner, p.caseworker, pg_temp.uid('b3', s) AS id, current_date - (s * 4 + pg_temp.r(s, 130) % 3) AS held_on
      FROM generate_series(1, 2000) AS s
      JOIN (SELECT partner, caseworker, row_number() OVER (ORDER BY partner) - 1 AS n FROM bench_partner WHERE organisation_id = '${org.stockholm}') p
        ON p.n = s % 5;

    INSERT INTO supervision_session (id, organisation_id, partner_organisation_id, held_on, mode, topics, notes, version, created_by_user_id, created_at, updated_at)
    SELECT id, '${org.stockholm}', partner, held_on, (ARRAY['IN_PERSON', 'VIDEO', 'PHONE'])[1 + pg_temp.r(s, 131) % 3],
           ARRAY['Hembesök', 'Dokumentation', 'Psykosocialt stöd'], 'Genomgång av ärenden och hembesök; överenskomna åtgärder nedan.', 2,
           '${staff(1, 3)}', held_on + interval '15 hours', held_on + interval '16 hours'
      FROM bench_session;

    INSERT INTO supervision_participant (session_id, user_id, organisation_id)
    SELECT id, '${staff(1, 3)}', '${org.stockholm}' FROM bench_session
    UNION ALL SELECT id, caseworker, partner FROM bench_session;

    INSERT INTO supervision_note_revision (session_id, notes, changed_by_user_id, changed_at)
    SELECT id, 'Genomgång av ärenden.', '${staff(1, 3)}', held_on + interval '15 hours' FROM bench_session;

    INSERT INTO supervision_action (session_id, description, owner_user_id, due_on, done, done_at)
    SELECT b.id, (ARRAY['Dokumentera nästa hembesök i Cirkel', 'Kontakta skolan om inskrivning', 'Skicka budgetunderlag'])[a],
           CASE WHEN a = 2 THEN '${staff(1, 3)}'::uuid ELSE b.caseworker END, b.held_on + 14,
           b.held_on < current_date - 60 AND pg_temp.r(b.s, 140 + a) < 900,
           CASE WHEN b.held_on < current_date - 60 AND pg_temp.r(b.s, 140 + a) < 900 THEN b.held_on + interval '10 days' END
      FROM bench_session b CROSS JOIN generate_series(1, 3) AS a;

    INSERT INTO supervision_comment (session_id, author_user_id, author_organisation_id, body, created_at)
    SELECT id, caseworker, partner, 'Hvala, poslat ću dokumentaciju do kraja sedmice.', held_on + interval '1 day' FROM bench_session;

    INSERT INTO supervision_case_link (session_id, case_id)
    WITH linkable AS (
      SELECT case_id, partner, row_number() OVER (PARTITION BY partner ORDER BY i) AS n
        FROM bench_referral WHERE organisation_id = '${org.stockholm}' AND status = 'ACCEPTED'
    ), totals AS (SELECT partner, count(*) AS total FROM linkable GROUP BY partner)
    SELECT DISTINCT b.id, l.case_id
      FROM bench_session b
      JOIN totals t ON t.partner = b.partner
      CROSS JOIN generate_series(0, 1) AS x
      JOIN linkable l ON l.partner = b.partner AND l.n = (b.s * 47 + x) % t.total + 1;
  `;

  // What the portal would have told people: each answer to the referring caseworker, each
  // referral to the partner's caseworker; the last two weeks unread.
  const notifications = `
    INSERT INTO notification (recipient_user_id, recipient_organisation_id, kind, params, case_id, referral_id, created_at, read_at)
    SELECT r.responsible_user_id, r.organisation_id, 'REFERRAL_' || r.status,
           jsonb_build_object('caseNumber', c.number, 'partner', p.name) || CASE WHEN r.status = 'DECLINED' THEN jsonb_build_object('reason', x.decline_reason) ELSE '{}' END,
           r.case_id, r.id, coalesce(r.responded_at, r.expires_at),
           CASE WHEN coalesce(r.responded_at, r.expires_at) < now() - interval '14 days' THEN coalesce(r.responded_at, r.expires_at) + interval '1 day' END
      FROM bench_referral r JOIN referral_case c ON c.id = r.case_id JOIN organisation p ON p.id = r.partner JOIN referral x ON x.id = r.id
     WHERE r.status IN ('ACCEPTED', 'DECLINED', 'EXPIRED') AND coalesce(r.responded_at, r.expires_at) <= now();
    INSERT INTO notification (recipient_user_id, recipient_organisation_id, kind, params, case_id, referral_id, created_at, read_at)
    SELECT r.partner_caseworker, r.partner, 'REFERRAL_RECEIVED', jsonb_build_object('caseNumber', c.number, 'organisation', o.name),
           r.case_id, r.id, r.sent_at, CASE WHEN r.sent_at < now() - interval '14 days' THEN r.sent_at + interval '1 day' END
      FROM bench_referral r JOIN referral_case c ON c.id = r.case_id JOIN organisation o ON o.id = r.organisation_id;
  `;

  return [
    ['helpers', helpers],
    [`cases (${n.toLocaleString('en')})`, cases],
    ['returnees, contacts, households, needs, health', people],
    ['status history', history],
    ['consents and referrals', referrals],
    ['arrivals, plans, goals, follow-up visits', followUp],
    ['messages and read marks', messaging],
    ['supervision', supervision],
    ['notifications', notifications],
  ];
}

/** The tables whose row counts seed-volume.mjs prints. */
export const countedTables = [
  'app_user', 'referral_case', 'returnee', 'returnee_contact', 'household_member', 'case_needs', 'returnee_health', 'case_status_change',
  'consent', 'referral', 'arrival', 'reintegration_plan', 'plan_goal', 'follow_up_visit', 'case_message', 'message_read',
  'supervision_session', 'supervision_participant', 'supervision_action', 'supervision_comment', 'supervision_case_link', 'notification',
];
