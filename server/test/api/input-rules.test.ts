import { createHash, randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, isInputObjectType, type GraphQLInputType } from 'graphql';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { auditableEntityId } from '../../src/core/audit/audit.js';
import { decodeCursor, encodeCursor, type CursorPart } from '../../src/core/graphql/pagination.js';
import { DATE_KIND, DateKind, dateRange, dateRangeFault } from '../../src/core/validation/date-ranges.js';
import { textFault } from '../../src/core/validation/text-rules.js';
import { acceptedCase, consentOnNewCase, createCase, newCaseInput, recordConsent, referralWorld, referredCase, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

// One world for the whole file; the first tests (the rules as functions) do not use it.
let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

describe('the text rule', () => {
  it('refuses NUL, the other C0 controls, DEL and C1 controls everywhere', () => {
    for (const c of ['\u0000', '\u0001', '\u0007', '\u001b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009b', '\u009f']) {
      expect(textFault(`a${c}b`), JSON.stringify(c)).toBe('controlCharacter');
      expect(textFault(`a${c}b`, { multiline: true }), JSON.stringify(c)).toBe('controlCharacter');
    }
  });

  it('refuses line breaks and tabs in single-line text only', () => {
    for (const c of ['\n', '\r', '\t']) {
      expect(textFault(`a${c}b`)).toBe('lineBreak');
      expect(textFault(`a${c}b`, { multiline: true })).toBeUndefined();
    }
  });

  it('refuses bidirectional embeddings, overrides and isolates, and keeps the direction marks Arabic text uses', () => {
    for (const c of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(textFault(`${c}fdp.exe`, { multiline: true }), c.codePointAt(0)!.toString(16)).toBe('bidiControl');
    }
    expect(textFault('مركز التنمية \u200f(بغداد)\u200e \u061c')).toBeUndefined();
  });

  it('refuses lone surrogates and keeps pairs', () => {
    expect(textFault('a\ud800')).toBe('unpairedSurrogate');
    expect(textFault('\udc00a')).toBe('unpairedSurrogate');
    expect(textFault('\udc00\ud800')).toBe('unpairedSurrogate');
    expect(textFault('Åsa 😀 Hodžić')).toBeUndefined();
  });
});

describe('date ranges', () => {
  const now = '2026-11-30';
  it('each kind has its earliest and latest day', () => {
    expect(dateRange(DateKind.BIRTH, now)).toEqual({ earliest: '1900-01-01', latest: now });
    expect(dateRange(DateKind.EVENT, now)).toEqual({ earliest: '2000-01-01', latest: now });
    expect(dateRange(DateKind.SESSION, now)).toEqual({ earliest: '2000-01-01', latest: '2027-11-30' });
    expect(dateRange(DateKind.SCHEDULE, now)).toEqual({ earliest: '2000-01-01', latest: '2036-11-30' });
    expect(dateRange(DateKind.VALIDITY, now)).toEqual({ earliest: '2000-01-01', latest: '2036-11-30' });
    expect(dateRange(undefined, now)).toEqual({ earliest: '1900-01-01', latest: '2036-11-30' });
    expect(dateRange(DateKind.SCHEDULE, '2028-02-29').latest).toBe('2038-02-28');
  });

  it('names the bound that was passed', () => {
    expect(dateRangeFault('0100-01-01', DateKind.BIRTH, now)).toEqual({ key: 'validation.dateBefore', params: { other: '1900-01-01' } });
    expect(dateRangeFault('2026-12-01', DateKind.EVENT, now)).toEqual({ key: 'validation.dateInFuture', params: {} });
    expect(dateRangeFault('9999-12-31', DateKind.SCHEDULE, now)).toEqual({ key: 'validation.dateAfter', params: { other: '2036-11-30' } });
    expect(dateRangeFault(now, DateKind.EVENT, now)).toBeUndefined();
    expect(dateRangeFault('1900-01-01', DateKind.BIRTH, now)).toBeUndefined();
  });
});

describe('audit entity ids', () => {
  it('keeps plain ids and stores anything else escaped, short and recognisable', () => {
    const uuid = randomUUID();
    expect(auditableEntityId(uuid)).toBe(uuid);
    expect(auditableEntityId('12345')).toBe('12345');
    expect(auditableEntityId(null)).toBeNull();
    for (const odd of ['', 'x'.repeat(101), 'x'.repeat(90_000), 'a\u0000b', 'a\ud800', '\u202efdp.exe', 'not a uuid', 'a\\u0000b']) {
      const stored = auditableEntityId(odd)!;
      expect(stored.length, JSON.stringify(odd.slice(0, 20))).toBeLessThanOrEqual(100);
      expect(stored).toMatch(/^[\x20-\x7e]*…#[0-9a-f]{16}$/);
      expect(stored.endsWith(createHash('sha256').update(odd, 'utf16le').digest('hex').slice(0, 16))).toBe(true);
    }
    expect(auditableEntityId('\u202efdp.exe')).toMatch(/^\\u202efdp\.exe…#/);
    // A backslash is escaped too, so an escape in the trail always means the character.
    expect(auditableEntityId('a\\u0000b')).not.toBe(auditableEntityId('a\u0000b'));
  });
});

describe('cursors', () => {
  const uuid = randomUUID();
  const accepts = (key: unknown[], parts: CursorPart[]) => {
    try {
      decodeCursor(encodeCursor(key as Array<string | number>), parts);
      return true;
    } catch {
      return false;
    }
  };

  it('give back the sort key of a cursor this server wrote', () => {
    expect(decodeCursor(encodeCursor(['2026-01-31T10:00:00.123Z', uuid]), ['timestamp', 'uuid'])).toEqual(['2026-01-31T10:00:00.123Z', uuid]);
    expect(decodeCursor(encodeCursor([1, '2026-01-31T10:00:00.123Z', uuid]), ['flag', 'timestamp', 'uuid'])).toEqual([1, '2026-01-31T10:00:00.123Z', uuid]);
    expect(accepts(['2026-02-28', uuid], ['date', 'uuid'])).toBe(true);
    expect(accepts(['hodžić amra', uuid], ['text', 'uuid'])).toBe(true);
    expect(accepts(['', uuid], ['text', 'uuid'])).toBe(true);
    expect(accepts(['123456789'], ['digits'])).toBe(true);
  });

  it('refuse, naming `after`, a key that decodes to the wrong kind of value', () => {
    const refused: Array<[unknown[], CursorPart[]]> = [
      [['not-a-date', 'not-a-uuid'], ['date', 'uuid']],
      [['2026-02-30', uuid], ['date', 'uuid']],
      [['0000-01-01', uuid], ['date', 'uuid']],
      [['not-a-date', uuid], ['timestamp', 'uuid']],
      [['2026-01-31T10:00:00Z', uuid], ['timestamp', 'uuid']],
      [['2026-01-31T10:00:00.123Z', 'not-a-uuid'], ['timestamp', 'uuid']],
      [['x\u0000', uuid], ['text', 'uuid']],
      [['x\ud800', uuid], ['text', 'uuid']],
      [['x'.repeat(1001), uuid], ['text', 'uuid']],
      [[2, '2026-01-31T10:00:00.123Z', uuid], ['flag', 'timestamp', 'uuid']],
      [['1', '2026-01-31T10:00:00.123Z', uuid], ['flag', 'timestamp', 'uuid']],
      [['-1'], ['digits']],
      [['12345678901234567890'], ['digits']],
      [[12], ['digits']],
      [[uuid], ['text', 'uuid']],
    ];
    for (const [key, parts] of refused) expect(accepts(key, parts), JSON.stringify(key)).toBe(false);
    expect(() => decodeCursor('%%%', ['uuid'])).toThrow(expect.objectContaining({ field: 'after', translation: { key: 'validation.invalidCursor', params: {} } }));
  });
});

const CREATE = 'mutation($input: CreateCaseInput!) { createCase(input: $input) { id returnee { firstName } } }';
const SEND = 'mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id body } }';

describe('every Date input of the schema declares what it is', () => {
  it('so that its range is chosen, not defaulted', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const undeclared: string[] = [];
    const visit = (type: GraphQLInputType, path: string, seen: Set<string>) => {
      const named = getNamedType(type);
      if (!isInputObjectType(named) || seen.has(named.name)) return;
      seen.add(named.name);
      for (const field of Object.values(named.getFields())) {
        if (getNamedType(field.type).name === 'Date' && !field.extensions?.[DATE_KIND]) undeclared.push(`${named.name}.${field.name}`);
        visit(field.type, `${path}.${field.name}`, seen);
      }
    };
    for (const root of [schema.getQueryType()!, schema.getMutationType()!]) {
      for (const field of Object.values(root.getFields())) {
        for (const arg of field.args) {
          if (getNamedType(arg.type).name === 'Date') undeclared.push(`${root.name}.${field.name}(${arg.name})`);
          visit(arg.type, field.name, new Set());
        }
      }
    }
    expect(undeclared).toEqual([]);
  });
});

describe('text arguments', () => {
  it('refuse NUL in a message, naming the field, in the caller’s language', async () => {
    const { referralId } = await acceptedCase(t, w);
    const response = await t.gql(SEND, { input: { referralId, body: 'Hello\u0000' } }, { token: w.caseworker.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(response.errors?.[0]?.message).toBe('Message contains a control character, which is not allowed.');
    expect(response.data ?? null).toBeNull();
    expect((await t.owner('SELECT 1 FROM case_message WHERE referral_id = $1', [referralId])).length).toBe(0);
  });

  it('are refused in all four languages (the log-in e-mail, before any attempt is counted)', async () => {
    const login = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';
    const messages: Record<string, string> = {
      en: 'E-mail address contains a control character, which is not allowed.',
      sv: 'E-postadress innehåller ett styrtecken, vilket inte är tillåtet.',
      bs: 'Polje „E-mail adresa“ sadrži kontrolni znak, što nije dozvoljeno.',
      ar: 'يحتوي «البريد الإلكتروني» على حرف تحكم، وهذا غير مسموح به.',
    };
    for (const [language, message] of Object.entries(messages)) {
      const response = await t.gql(login, { input: { email: `${w.caseworker.email}\u0000`, password: 'whatever it is' } }, { language });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
      expect(response.errors?.[0]?.message).toBe(message);
    }
  });

  it('name the field by its path within the input: household members by position, list items by their list', async () => {
    const household = [
      { firstName: 'Omar', lastName: 'T', sex: 'MALE', relation: 'CHILD' },
      { firstName: '\u202eOmar', lastName: 'T', sex: 'MALE', relation: 'CHILD' },
    ];
    const member = await t.gql(CREATE, { input: newCaseInput({ household }) }, { token: w.caseworker.token });
    expect(member.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'household.1.firstName' });
    expect(member.errors?.[0]?.message).toBe('First name contains a character that changes the direction of the text (such as U+202E), which is not allowed.');
    const vulnerability = await t.gql(CREATE, { input: newCaseInput({ health: { information: 'x', vulnerabilities: ['ok', 'a\ud800'] } }) }, { token: w.caseworker.token });
    expect(vulnerability.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'health.vulnerabilities' });
    expect(vulnerability.errors?.[0]?.message).toBe('Vulnerabilities contains a broken character (an incomplete Unicode sequence).');
  });

  it('refuse the same characters written into the operation itself, and in arguments of nested fields', async () => {
    const inline = await t.gql('{ case(id: "\\u0000") { id } }', {}, { token: w.caseworker.token });
    expect(inline.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const created = await createCase(t, w.caseworker.token);
    const nested = await t.gql('query($id: ID!) { case(id: $id) { number auditTrail(after: "\\u202e") { totalCount } } }', { id: created.id }, { token: w.coordinator.token });
    expect(nested.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(nested.errors?.[0]?.path).toEqual(['case', 'auditTrail']);
  });

  it('allow line breaks and tabs in free text (messages, reasons), not in names', async () => {
    const { referralId } = await acceptedCase(t, w);
    const sent = await t.gql<{ sendCaseMessage: { body: string } }>(SEND, { input: { referralId, body: 'Line one\nLine two\r\n\tindented' } }, { token: w.caseworker.token });
    expect(sent.data?.sendCaseMessage.body).toBe('Line one\nLine two\r\n\tindented');
    const pending = await referredCase(t, w, ['IDENTITY']);
    const declined = await t.gql('mutation($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { status declineReason } }', { id: pending.referralId, reason: 'No room.\nAsk again in May.' }, { token: w.baghdadCaseworker.token });
    expect(declined.errors).toBeUndefined();
    const named = await t.gql(CREATE, { input: newCaseInput({ returnee: { ...newCaseInput().returnee, firstName: 'Amina\nX' } }) }, { token: w.caseworker.token });
    expect(named.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'returnee.firstName' });
    expect(named.errors?.[0]?.message).toBe('First name must be a single line, without line breaks or tabs.');
  });

  it('refuse a lone surrogate in an e-mail address and in a reason (once internal errors)', async () => {
    const user = await t.gql(
      'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
      { input: { email: 'a\ud800@test.example', name: 'A', roles: ['CASEWORKER'], language: 'en', password: 'a long enough password' } },
      { token: w.coordinator.token },
    );
    expect(user.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
    const pending = await referredCase(t, w, ['IDENTITY']);
    const declined = await t.gql('mutation($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { status } }', { id: pending.referralId, reason: 'No \udc00' }, { token: w.baghdadCaseworker.token });
    expect(declined.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const [row] = await t.owner<{ status: string }>('SELECT status FROM referral WHERE id = $1', [pending.referralId]);
    expect(row!.status).toBe('PENDING');
  });

  it('keep Arabic names with direction marks', async () => {
    const created = await t.gql<{ createCase: { returnee: { firstName: string } } }>(
      CREATE,
      { input: newCaseInput({ returnee: { ...newCaseInput().returnee, firstName: 'أمينة\u200f' } }) },
      { token: w.caseworker.token },
    );
    expect(created.data?.createCase.returnee.firstName).toBe('أمينة\u200f');
  });
});

describe('ids', () => {
  it('an id that is no id is NOT_FOUND like an unknown one, and the refusal is on record in a safe form', async () => {
    for (const id of ['x'.repeat(101), '', 'x'.repeat(90_000), 'not-a-uuid']) {
      const response = await t.gql('query($id: ID!) { case(id: $id) { id } }', { id }, { token: w.caseworker.token });
      expect(response.errors?.[0]?.extensions?.code, id.slice(0, 20)).toBe('NOT_FOUND');
      const requestId = String(response.headers['x-request-id']);
      const [event] = await t.owner<{ entity_id: string; entity_type: string }>(`SELECT entity_id, entity_type FROM audit_event WHERE request_id = $1 AND action = 'access.denied'`, [requestId]);
      expect(event).toEqual({ entity_type: 'case', entity_id: auditableEntityId(id) });
    }
  });

  it('an id inside an input that is no id is BAD_USER_INPUT naming it (an empty signed form, an empty goal id)', async () => {
    const created = await createCase(t, w.caseworker.token);
    const consent = await t.gql(
      'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
      { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'], givenOn: new Date().toISOString().slice(0, 10), formAttachmentId: '' } },
      { token: w.caseworker.token },
    );
    expect(consent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'formAttachmentId' });
    expect(consent.errors?.[0]?.message).toBe('Signed form is not a valid id.');
    const { caseId } = await acceptedCase(t, w);
    const plan = await t.gql(
      'mutation($input: SaveReintegrationPlanInput!) { saveReintegrationPlan(input: $input) { viewerCanWrite } }',
      { input: { caseId, version: 0, goals: [{ id: '', domain: 'HOUSING', description: 'Rent a flat' }] } },
      { token: w.baghdadCaseworker.token },
    );
    expect(plan.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'goals.0.id' });
  });
});

describe('dates', () => {
  const inYears = (years: number) => `${new Date().getUTCFullYear() + years}-06-01`;

  it('a date of birth in year 0100 and a planned departure in 9999 are refused, naming the field and the bound', async () => {
    const born = await t.gql(CREATE, { input: newCaseInput({ returnee: { ...newCaseInput().returnee, dateOfBirth: '0100-01-01' } }) }, { token: w.caseworker.token });
    expect(born.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'returnee.dateOfBirth' });
    expect(born.errors?.[0]?.message).toBe('Date of birth cannot be before 1900-01-01.');
    const leaving = await t.gql(CREATE, { input: newCaseInput({ plannedDeparture: '9999-12-31' }) }, { token: w.caseworker.token, language: 'sv' });
    expect(leaving.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'plannedDeparture' });
    expect(leaving.errors?.[0]?.message).toMatch(/^Planned departure cannot be after \d{4}-\d{2}-\d{2}\.$/);
    // Within the range: fine.
    expect((await t.gql(CREATE, { input: newCaseInput({ plannedDeparture: inYears(9) }) }, { token: w.caseworker.token })).errors).toBeUndefined();
  });

  it('event dates are refused before 2000 and after today; a session may be planned up to a year ahead', async () => {
    const consent = await consentOnNewCase(t, w, '1999-12-31');
    expect(consent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'givenOn' });
    const agreement = await t.gql(
      'mutation($input: ProposeAgreementInput!) { proposeAgreement(input: $input) { id } }',
      { input: { referenceNumber: `R-${randomUUID().slice(0, 6)}`, title: 'T', partnerIds: [w.baghdad.id], scopes: ['REFERRALS'], validFrom: '2026-01-01', validTo: inYears(11) } },
      { token: w.coordinator.token },
    );
    expect(agreement.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo' });
  });
});

describe('lists', () => {
  it('an item of a list of texts has a length limit, and nothing is stored', async () => {
    const before = await t.owner<{ count: number }>('SELECT count(*)::int AS count FROM referral_case');
    const response = await t.gql(CREATE, { input: newCaseInput({ health: { information: 'x', vulnerabilities: ['x'.repeat(90_000)] } }) }, { token: w.caseworker.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'health.vulnerabilities' });
    expect(response.errors?.[0]?.message).toBe('Vulnerabilities may be at most 200 characters long.');
    expect(await t.owner<{ count: number }>('SELECT count(*)::int AS count FROM referral_case')).toEqual(before);
  });

  it('a referral that shares no section is refused, and the partner hears nothing', async () => {
    const created = await createCase(t, w.caseworker.token);
    await recordConsent(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    const notifications = () => t.owner<{ count: number }>(`SELECT count(*)::int AS count FROM notification WHERE case_id = $1`, [created.id]);
    const before = await notifications();
    const response = await t.gql(
      'mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }',
      { input: { caseId: created.id, partnerId: w.baghdad.id, sections: [] } },
      { token: w.caseworker.token },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sections' });
    expect(response.errors?.[0]?.message).toBe('Sections must be filled in.');
    expect(await t.owner('SELECT 1 FROM referral WHERE case_id = $1', [created.id])).toEqual([]);
    expect(await notifications()).toEqual(before);
  });
});

describe('uploads', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 32), Buffer.from('\n%%EOF\n')]);
  const upload = (name: string) =>
    request(t.app.getHttpServer())
      .post('/attachments')
      .set('Authorization', `Bearer ${w.caseworker.token}`)
      .set('Content-Type', 'application/pdf')
      .set('X-File-Name', name)
      .set('Accept-Language', 'en')
      .send(pdf);

  it('a file name with a right-to-left override, a control character or a broken escape of one is refused, and nothing is stored', async () => {
    const count = async () => (await t.owner<{ count: number }>('SELECT count(*)::int AS count FROM attachment'))[0]!.count;
    const before = await count();
    for (const name of [encodeURIComponent('\u202efdp.exe'), encodeURIComponent('form\u0000.pdf'), 'form%0A.pdf', encodeURIComponent('a\u2066b.pdf')]) {
      const response = await upload(name);
      expect(response.status, name).toBe(400);
      expect(response.body).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'fileName',
        message: 'The file name contains characters that are not allowed (control characters or characters that change the direction of the text).',
      });
    }
    expect(await count()).toBe(before);
    const fine = await upload(encodeURIComponent('موافقة Åsa.pdf'));
    expect(fine.status).toBe(201);
    expect(fine.body.fileName).toBe('موافقة Åsa.pdf');
  });

  it('a download by an id that is no id is 404 like an unknown one, and the refusal is on record', async () => {
    for (const id of ['%00', '%E2%80%AE', 'x'.repeat(101), randomUUID()]) {
      const response = await request(t.app.getHttpServer()).get(`/attachments/${id}`).set('Authorization', `Bearer ${w.caseworker.token}`);
      expect(response.status, id.slice(0, 20)).toBe(404);
      const [event] = await t.owner<{ entity_id: string }>(`SELECT entity_id FROM audit_event WHERE request_id = $1 AND action = 'access.denied'`, [String(response.headers['x-request-id'])]);
      expect(event?.entity_id, id.slice(0, 20)).toBe(auditableEntityId(decodeURIComponent(id)));
    }
  });
});
