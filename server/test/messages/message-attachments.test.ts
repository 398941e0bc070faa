import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { acceptedCase, referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(3000, 32), Buffer.from('\n%%EOF\n')]);
const png = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c40000000049454e44ae426082',
  'hex',
);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(400, 7), Buffer.from([0xff, 0xd9])]);
// A Windows program renamed to look like a prescription.
const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(600, 1)]);

interface Part {
  content: Buffer;
  name: string;
  type: string;
}
const file = (content: Buffer, name: string, type: string): Part => ({ content, name, type });

const http = () => request(t.app.getHttpServer());

/** `POST /attachments/messages`: the message and its files in one multipart request. */
function send(token: string | null, referralId: string, body: string, files: Part[]) {
  let req = http().post('/attachments/messages').set('Accept-Language', 'en');
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  req = req.field('referralId', referralId).field('body', body);
  for (const part of files) req = req.attach('files', part.content, { filename: part.name, contentType: part.type });
  return req;
}

const download = (id: string, token?: string) => {
  const req = http().get(`/attachments/messages/${id}`).buffer(true);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};

const THREAD = `query($id: ID!) { case(id: $id) { referrals { id messages { id body attachments { id fileName contentType size url } } } } }`;

interface ThreadFile {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
}
interface Thread {
  case: { referrals: Array<{ messages: Array<{ id: string; body: string; attachments: ThreadFile[] }> }> };
}

async function threadFiles(caseId: string, token: string): Promise<Array<{ body: string; attachments: ThreadFile[] }>> {
  const answer = await t.gql<Thread>(THREAD, { id: caseId }, { token });
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data!.case.referrals[0]!.messages;
}

/** Messages and message files of a referral, counted past row-level security. */
async function written(referralId: string): Promise<{ messages: number; files: number }> {
  const [row] = await t.owner<{ messages: number; files: number }>(
    `SELECT (SELECT count(*)::int FROM case_message WHERE referral_id = $1) AS messages,
            (SELECT count(*)::int FROM case_message_attachment a JOIN case_message m ON m.id = a.message_id WHERE m.referral_id = $1) AS files`,
    [referralId],
  );
  return row!;
}

describe('files on case messages', () => {
  it('go with the message to the other side, which lists and downloads them; and back', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    const sent = await send(w.caseworker.token, referralId, 'Receptet och intyget, som vi talade om.', [
      file(pdf, 'recept Åsa (läkare).pdf', 'application/pdf'),
      file(png, 'intyg.png', 'image/png'),
    ]);
    expect(sent.status).toBe(201);
    expect(sent.body.id).toEqual(expect.any(String));

    const partnerView = await threadFiles(caseId, w.baghdadCaseworker.token);
    expect(partnerView).toHaveLength(1);
    expect(partnerView[0]!.body).toBe('Receptet och intyget, som vi talade om.');
    const [prescription, certificate] = partnerView[0]!.attachments;
    expect(prescription).toMatchObject({ fileName: 'recept Åsa (läkare).pdf', contentType: 'application/pdf', size: pdf.length, url: `/attachments/messages/${prescription!.id}` });
    expect(certificate).toMatchObject({ fileName: 'intyg.png', contentType: 'image/png', size: png.length });

    const back = await download(prescription!.id, w.baghdadCaseworker.token);
    expect(back.status).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.headers['content-disposition']).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('recept Åsa (läkare).pdf')}`);
    expect(back.headers['cache-control']).toBe('private, no-store');
    expect(Buffer.from(back.body as Buffer).equals(pdf)).toBe(true);

    // The partner answers with a photo (type from its content: the browser said octet-stream).
    const reply = await send(w.baghdadCaseworker.token, referralId, 'شكرًا. هذه صورة الوثيقة.', [file(jpeg, 'وثيقة.jpg', 'application/octet-stream')]);
    expect(reply.status).toBe(201);
    const ownerView = await threadFiles(caseId, w.supervisor.token);
    expect(ownerView.map((m) => m.attachments.map((a) => [a.fileName, a.contentType]))).toEqual([
      [
        ['recept Åsa (läkare).pdf', 'application/pdf'],
        ['intyg.png', 'image/png'],
      ],
      [['وثيقة.jpg', 'image/jpeg']],
    ]);
    const photo = await download(ownerView[1]!.attachments[0]!.id, w.supervisor.token);
    expect(Buffer.from(photo.body as Buffer).equals(jpeg)).toBe(true);

    // A message without files still goes through GraphQL, and has none.
    await t.gql('mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id } }', { input: { referralId, body: 'Tack!' } }, { token: w.caseworker.token });
    expect((await threadFiles(caseId, w.caseworker.token))[2]!.attachments).toEqual([]);
  });

  it('notify the other side as any message does, and put the send and each download on the record', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    const sent = await send(w.caseworker.token, referralId, 'Intyget bifogat.', [file(pdf, 'intyg.pdf', 'application/pdf')]);
    expect(sent.status).toBe(201);
    const notified = await t.owner<{ recipient_user_id: string }>(`SELECT recipient_user_id FROM notification WHERE referral_id = $1 AND kind = 'MESSAGE_RECEIVED'`, [referralId]);
    expect(notified.map((n) => n.recipient_user_id)).toContain(w.baghdadCaseworker.id);

    const [message] = await threadFiles(caseId, w.caseworker.token);
    const fileId = message!.attachments[0]!.id;
    expect((await download(fileId, w.baghdadCaseworker.token)).status).toBe(200);
    expect((await download(fileId, w.gothenburgCaseworker.token)).status).toBe(404);

    const events = await t.owner<{ action: string; actor_user_id: string; subject_organisation_id: string; entity_type: string; entity_id: string; details: Record<string, unknown> }>(
      `SELECT action, actor_user_id, subject_organisation_id, entity_type, entity_id, details FROM audit_event
        WHERE (entity_id = $1 OR entity_id = $2) AND action IN ('message.send', 'attachment.read', 'access.denied') ORDER BY id`,
      [referralId, fileId],
    );
    expect(events.map((e) => [e.action, e.actor_user_id, e.entity_type, e.entity_id])).toEqual([
      ['message.send', w.caseworker.id, 'referral', referralId],
      ['attachment.read', w.baghdadCaseworker.id, 'referral', referralId],
      ['access.denied', w.gothenburgCaseworker.id, 'message_attachment', fileId],
    ]);
    expect(events[0]!.details).toMatchObject({ caseId, files: [{ contentType: 'application/pdf', size: pdf.length }] });
    // The partner's download concerns Stockholm's case: Stockholm's trail has it.
    expect(events[1]!.subject_organisation_id).toBe(w.stockholm.id);
    expect(events[1]!.details).toMatchObject({ caseId, messageAttachment: fileId, sections: ['FILE'] });
  });
});

describe('who may download a message file', () => {
  it('nobody outside the thread: another organisation gets what a random id gets, the partner loses it with the referral', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    await send(w.caseworker.token, referralId, 'Privat intyg.', [file(pdf, 'intyg.pdf', 'application/pdf')]);
    const [message] = await threadFiles(caseId, w.caseworker.token);
    const fileId = message!.attachments[0]!.id;

    // Gothenburg has no agreement with Stockholm: the file is as absent as one that never existed.
    const foreign = await download(fileId, w.gothenburgCaseworker.token).set('Accept-Language', 'en');
    const random = await download(randomUUID(), w.gothenburgCaseworker.token).set('Accept-Language', 'en');
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(random.body);
    expect(foreign.body).toEqual({ code: 'NOT_FOUND', message: 'This could not be found.' });
    expect((await download('not-a-uuid', w.caseworker.token)).status).toBe(404);
    expect((await download(fileId)).status).toBe(401);
    // Within Stockholm, a role without personal data does not get it either.
    expect((await download(fileId, w.analyst.token)).status).toBe(403);
    // Prijedor works with Stockholm, but not on this referral.
    expect((await download(fileId, w.prijedorCaseworker.token)).status).toBe(404);

    await t.gql('mutation($id: ID!) { revokeReferral(id: $id) { status } }', { id: referralId }, { token: w.caseworker.token });
    expect((await download(fileId, w.baghdadCaseworker.token)).status).toBe(404);
    // The referring side keeps the file.
    expect((await download(fileId, w.caseworker.token)).status).toBe(200);
  });

  it('in SQL too: the file is visible exactly when its message is (fails without case_message_attachment_read)', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    await send(w.caseworker.token, referralId, 'Intyg.', [file(pdf, 'intyg.pdf', 'application/pdf')]);
    const [message] = await threadFiles(caseId, w.caseworker.token);
    const fileId = message!.attachments[0]!.id;
    const visible = (actor: { organisationId: string; userId: string; roles: string[] }) =>
      t.asAppRole(actor, (sql) => sql.rows<{ n: number }>('SELECT count(*)::int AS n FROM case_message_attachment WHERE id = $1', [fileId]));
    expect((await visible({ organisationId: w.stockholm.id, userId: w.supervisor.id, roles: ['SUPERVISOR'] }))[0]!.n).toBe(1);
    expect((await visible({ organisationId: w.baghdad.id, userId: w.baghdadCaseworker.id, roles: ['PARTNER_CASEWORKER'] }))[0]!.n).toBe(1);
    for (const actor of [
      { organisationId: w.gothenburg.id, userId: w.gothenburgCaseworker.id, roles: ['CASEWORKER', 'SUPERVISOR', 'PARTNER_CASEWORKER', 'COORDINATOR'] },
      { organisationId: w.prijedor.id, userId: w.prijedorCaseworker.id, roles: ['PARTNER_CASEWORKER', 'COORDINATOR'] },
      { organisationId: w.stockholm.id, userId: w.analyst.id, roles: ['ANALYST'] },
    ]) {
      expect((await visible(actor))[0]!.n).toBe(0);
    }
  });

  it('in SQL, nobody adds a file to a message they did not write (fails without case_message_attachment_write)', async () => {
    const { referralId } = await acceptedCase(t, w);
    const sent = await send(w.caseworker.token, referralId, 'Mitt meddelande.', [file(pdf, 'a.pdf', 'application/pdf')]);
    const insert = (userId: string, organisationId: string, roles: string[]) =>
      t.asAppRole({ organisationId, userId, roles }, (sql) =>
        sql.attempt(
          `INSERT INTO case_message_attachment (message_id, position, file_name, content_type, size, sha256, content, uploaded_by_user_id)
           VALUES ($1, 4, 'extra.pdf', 'application/pdf', $2, '\\x00', $3, $4)`,
          [sent.body.id, pdf.length, pdf, userId],
        ),
      );
    // A colleague of the author, and the partner who reads the thread.
    expect(await insert(w.supervisor.id, w.stockholm.id, ['SUPERVISOR'])).toBe('42501');
    expect(await insert(w.baghdadCaseworker.id, w.baghdad.id, ['PARTNER_CASEWORKER'])).toBe('42501');
    // The author may (the server does it when sending), which shows that the refusals are the policy's.
    expect(await insert(w.caseworker.id, w.stockholm.id, ['CASEWORKER'])).toBe('ok 1');
  });
});

describe('sending a message with files is all or nothing', () => {
  it('one refused file refuses the message: nothing is written, and the error names the file', async () => {
    const { referralId } = await acceptedCase(t, w);
    const before = await written(referralId);
    const refused = await send(w.caseworker.token, referralId, 'Recept och intyg.', [
      file(pdf, 'recept.pdf', 'application/pdf'),
      file(program, 'intyg.pdf', 'application/pdf'),
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ code: 'BAD_USER_INPUT', field: 'files.1', message: 'Only PDF, PNG and JPEG files can be uploaded.' });
    expect(await written(referralId)).toEqual(before);
    const notified = await t.owner(`SELECT 1 FROM notification WHERE referral_id = $1 AND kind = 'MESSAGE_RECEIVED'`, [referralId]);
    expect(notified).toHaveLength(0);
  });

  it('a sixth file refuses the message', async () => {
    const { referralId } = await acceptedCase(t, w);
    const six = Array.from({ length: 6 }, (_, i) => file(pdf, `sida-${i + 1}.pdf`, 'application/pdf'));
    const refused = await send(w.caseworker.token, referralId, 'Alla sidor.', six);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'files', message: 'A message can carry at most 5 files.' });
    expect(await written(referralId)).toEqual({ messages: 0, files: 0 });
    // Five are fine.
    expect((await send(w.caseworker.token, referralId, 'Alla sidor.', six.slice(0, 5))).status).toBe(201);
    expect(await written(referralId)).toEqual({ messages: 1, files: 5 });
  });

  it('a file the sender may not send to refuses it as any message: another organisation gets NOT_FOUND and nothing is written', async () => {
    const { referralId } = await acceptedCase(t, w);
    const foreign = await send(w.gothenburgCaseworker.token, referralId, 'Hej?', [file(pdf, 'a.pdf', 'application/pdf')]);
    const random = await send(w.gothenburgCaseworker.token, randomUUID(), 'Hej?', [file(pdf, 'a.pdf', 'application/pdf')]);
    expect(foreign.status).toBe(404);
    expect(foreign.body).toEqual(random.body);
    expect((await send(null, referralId, 'Hej?', [file(pdf, 'a.pdf', 'application/pdf')])).status).toBe(401);
    expect(await written(referralId)).toEqual({ messages: 0, files: 0 });
  });
});

describe('bad files on a message', () => {
  const cases: Array<[string, Part, number, Record<string, unknown>]> = [
    ['a program named .pdf', file(program, 'recept.pdf', 'application/pdf'), 400, { field: 'files.0', message: 'Only PDF, PNG and JPEG files can be uploaded.' }],
    ['a PNG that says it is a PDF', file(png, 'recept.pdf', 'application/pdf'), 400, { field: 'files.0', message: 'The file is not what its type says it is.' }],
    ['an empty file', file(Buffer.alloc(0), 'tom.pdf', 'application/pdf'), 400, { field: 'files.0', message: 'The file is empty.' }],
    // A raw NUL in a part header is refused by the multipart parser already; one that gets through is the name check's (file-checks.test.ts).
    ['a NUL in the name', file(pdf, 'recept\u0000.exe.pdf', 'application/pdf'), 400, { field: expect.stringMatching(/^files/) }],
    ['a direction override in the name', file(pdf, 'recept\u202efdp.exe', 'application/pdf'), 400, { field: 'files.0', message: expect.stringContaining('characters that are not allowed') }],
    ['a file past 10 MB', file(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024, 32)]), 'stor.pdf', 'application/pdf'), 413, { field: 'files', message: 'The file is too large; at most 10 MB.' }],
  ];
  for (const [what, part, status, body] of cases) {
    it(`refuses ${what}, and writes no message`, async () => {
      const { referralId } = await acceptedCase(t, w);
      const refused = await send(w.caseworker.token, referralId, 'Se bifogad fil.', [part]);
      expect(refused.status).toBe(status);
      expect(refused.body).toMatchObject({ code: 'BAD_USER_INPUT', ...body });
      expect(await written(referralId)).toEqual({ messages: 0, files: 0 });
    });
  }

  it('keeps only the last part of a name with folders in it', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    expect((await send(w.caseworker.token, referralId, 'Fil.', [file(pdf, 'C:\\Users\\anna\\intyg.pdf', 'application/pdf')])).status).toBe(201);
    expect((await threadFiles(caseId, w.caseworker.token))[0]!.attachments[0]!.fileName).toBe('intyg.pdf');
  });

  it('refuses a blank message body with its own field', async () => {
    const { referralId } = await acceptedCase(t, w);
    const refused = await send(w.caseworker.token, referralId, '   ', [file(pdf, 'a.pdf', 'application/pdf')]);
    expect(refused.body).toEqual({ code: 'BAD_USER_INPUT', field: 'body', message: 'Write a message to send with the files.' });
    expect(await written(referralId)).toEqual({ messages: 0, files: 0 });
  });
});
