import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, login } from '../support/fixtures.js';
import { acceptedCase, supervisionWorld, createAgreement, referredCase, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The bad-input corpus (issue 8): for every query and mutation in the schema, every argument and
 * input field (recursively) of type String, ID, Date or list gets edge values — NUL, control
 * characters, bidi overrides, lone surrogates, empty and over-long strings and ids, far past and
 * far future dates, forged cursors, over-long lists — one at a time, every other value valid, sent
 * by a signed-in person with the right role, to a server in production mode. No answer may be
 * INTERNAL_SERVER_ERROR, every BAD_USER_INPUT names its field, and what must be refused is
 * refused naming the field at fault. The operations and their types come from the schema, so a
 * new operation is covered without editing this file.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const schemaFile = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
const committed = buildSchema(schemaFile);
const OPERATIONS = [
  ...Object.keys(committed.getQueryType()!.getFields()).map((name) => ({ kind: 'query' as const, name })),
  ...Object.keys(committed.getMutationType()!.getFields()).map((name) => ({ kind: 'mutation' as const, name })),
];

const today = () => new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const cursorOf = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** Characters no text input may carry; each must be refused with BAD_USER_INPUT naming the field. */
const FORBIDDEN_TEXT: Array<[string, string]> = [
  ['NUL', 'a\u0000b'],
  ['a C0 control character', 'a\u0007b'],
  ['a C1 control character', 'a\u009bb'],
  ['DEL', 'a\u007fb'],
  ['a right-to-left override', '\u202efdp.exe'],
  ['a directional isolate', 'a\u2066b'],
  ['a lone high surrogate', 'a\ud800b'],
  ['a lone low surrogate', 'a\udc00'],
];
const HUGE = 'x'.repeat(90_000);
const FORGED_CURSORS = [
  cursorOf(['not-a-date', 'not-a-uuid']),
  cursorOf(['2026-01-01T00:00:00.000Z', 'not-a-uuid']),
  cursorOf(['2026-01-01', '00000000-0000-4000-8000-000000000000\u0000']),
  cursorOf(['x\u0000', '00000000-0000-4000-8000-000000000000']),
  cursorOf([1e308, -1, 'x']),
  cursorOf(['not-a-number']),
  cursorOf([2, 'not-a-date', 'not-a-uuid']),
  cursorOf(['1', '9999-99-99T99:99:99Z', randomUUID()]),
  cursorOf([{ a: 1 }, []]),
  'not base64 at all !!!',
];

let t: TestApp;
let w: ReferralWorld;
let schema: GraphQLSchema;
let sent = 0;

/** Real ids of a small world, by what they name. */
const ids: Record<string, string> = {};
/** Who sends each operation (or nested field): someone allowed to get past the role checks. */
let actorOf: (operation: string) => string;

beforeAll(async () => {
  t = await startTestApp({ NODE_ENV: 'production', DEMO_DATA: 'false' });
  schema = t.app.get(GraphQLSchemaHost).schema;
  w = await supervisionWorld(t);
  const accepted = await acceptedCase(t, w, ['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS', 'HEALTH']);
  const pending = await referredCase(t, w, ['IDENTITY']);
  const consents = await t.gql<{ case: { consents: Array<{ id: string }> } }>('query($id: ID!) { case(id: $id) { consents { id } } }', { id: pending.caseId }, { token: w.caseworker.token });
  const session = await t.gql<{ createSupervisionSession: { id: string; actions: Array<{ id: string }> } }>(
    'mutation($input: CreateSupervisionSessionInput!) { createSupervisionSession(input: $input) { id actions { id } } }',
    {
      input: {
        partnerId: w.baghdad.id,
        heldOn: today(),
        mode: 'VIDEO',
        participantIds: [w.baghdadCaseworker.id],
        actions: [{ description: 'Call the family', ownerId: w.baghdadCaseworker.id, dueOn: inDays(10) }],
        caseIds: [accepted.caseId],
      },
    },
    { token: w.supervisor.token },
  );
  if (!session.data) throw new Error(JSON.stringify(session.errors));
  const notifications = await t.gql<{ notifications: { edges: Array<{ node: { id: string } }> } }>('{ notifications(first: 1) { edges { node { id } } } }', {}, {
    token: w.baghdadCaseworker.token,
  });
  const victim = await createUser(t, w.stockholm, { roles: ['CASEWORKER'] });
  const passwordChanger = await createUser(t, w.stockholm, { roles: ['CASEWORKER'] });
  // Operations on oneself (language, log-out) get a person of their own, so the others' answers stay in English.
  const spare = await createUser(t, w.stockholm, { roles: ['CASEWORKER'] });
  const tokens: Record<string, string> = {
    caseworker: w.caseworker.token,
    supervisor: w.supervisor.token,
    coordinator: w.coordinator.token,
    partner: w.baghdadCaseworker.token,
    passwordChanger: (await login(t, passwordChanger)).token,
    spare: (await login(t, spare)).token,
    anonymous: '',
  };
  Object.assign(ids, {
    acceptedCase: accepted.caseId,
    acceptedReferral: accepted.referralId,
    pendingCase: pending.caseId,
    pendingReferral: pending.referralId,
    consent: consents.data!.case.consents[0]!.id,
    session: session.data.createSupervisionSession.id,
    action: session.data.createSupervisionSession.actions[0]!.id,
    notification: notifications.data!.notifications.edges[0]!.node.id,
    agreement: w.agreements.stockholmBaghdad,
    spareAgreement: await createAgreement(t, { parties: [w.stockholm.id, w.gothenburg.id], scopes: ['REPORTING'], unconfirmed: [w.stockholm.id] }),
    victim: victim.id,
  });
  const actors: Record<string, keyof typeof tokens> = {
    users: 'coordinator', user: 'coordinator', createUser: 'coordinator', updateUserRoles: 'coordinator', deactivateUser: 'coordinator',
    updateUserNames: 'coordinator', updateOrganisationNames: 'coordinator',
    agreement: 'coordinator', agreements: 'coordinator', proposeAgreement: 'coordinator', confirmAgreement: 'coordinator', terminateAgreement: 'coordinator',
    'case.auditTrail': 'coordinator',
    acceptReferral: 'partner', declineReferral: 'partner', referralInbox: 'partner', incomingReferrals: 'partner',
    confirmArrival: 'partner', saveReintegrationPlan: 'partner', recordFollowUpVisit: 'partner', recordSustainabilityAssessment: 'partner',
    notifications: 'partner', markNotificationRead: 'partner', sendCaseMessage: 'partner', markCaseMessagesRead: 'partner',
    createSupervisionSession: 'supervisor', updateSupervisionNotes: 'supervisor', addSupervisionAction: 'supervisor',
    addSupervisionComment: 'supervisor', setSupervisionActionDone: 'supervisor', supervisionSession: 'supervisor',
    supervisionSessions: 'supervisor', supervisionCandidates: 'supervisor',
    changeMyPassword: 'passwordChanger', login: 'anonymous', refreshSession: 'anonymous', setMyLanguage: 'spare', logout: 'spare',
  };
  actorOf = (operation) => tokens[actors[operation] ?? 'caseworker']!;
});

afterAll(async () => {
  console.log(`bad-input corpus: ${sent} requests`);
  await t?.close();
});

/** Valid values of the arguments of each operation, where the schema alone cannot tell them. */
function baseArguments(operation: string): Record<string, Json> {
  const caseInput = {
    returnee: { firstName: 'Amina', lastName: 'Testsson', sex: 'FEMALE', documentLanguage: 'ar', languages: ['ar'], dateOfBirth: '1985-04-02', citizenship: 'IQ' },
    contact: { phone: '+46 70 000 00 00', email: 'amina@test.example', addressInSweden: 'Gatan 1', notes: 'Calls after five.' },
    household: [{ firstName: 'Omar', lastName: 'Testsson', sex: 'MALE', relation: 'CHILD', travels: true, dateOfBirth: '2015-01-01' }],
    needs: 'Housing for three months.',
    health: { information: 'Needs insulin.', vulnerabilities: ['chronic illness'] },
    destinationCountry: 'IQ',
    destinationPlace: 'Baghdad',
    plannedDeparture: inDays(30),
    responsibleCaseworkerId: w.caseworker.id,
  };
  const bases: Record<string, Record<string, Json>> = {
    agreement: { id: ids.agreement! },
    case: { id: ids.acceptedCase! },
    cases: { first: 5, filter: { text: 'Amina', destinationCountry: 'IQ', status: ['INTAKE'], responsibleCaseworkerId: w.caseworker.id, partnerId: w.baghdad.id } },
    organisation: { id: w.baghdad.id },
    supervisionCandidates: { partnerId: w.baghdad.id },
    supervisionSession: { id: ids.session! },
    user: { id: ids.victim! },
    users: { first: 5, search: 'Person' },
    incomingReferrals: { first: 5, status: ['PENDING'] },
    acceptReferral: { id: ids.pendingReferral! },
    declineReferral: { id: ids.pendingReferral!, reason: 'No capacity this month.' },
    revokeReferral: { id: ids.pendingReferral! },
    completeReferral: { id: ids.acceptedReferral! },
    addSupervisionAction: { input: { sessionId: ids.session!, description: 'Phone the school', ownerId: w.baghdadCaseworker.id, dueOn: inDays(5) } },
    addSupervisionComment: { input: { sessionId: ids.session!, body: 'Thank you.' } },
    changeCaseStatus: { input: { caseId: ids.pendingCase!, version: 1, to: 'PREPARING_RETURN' } },
    changeMyPassword: { input: { currentPassword: 'correct horse battery staple', newPassword: 'a brand new long password' } },
    createPasswordResetLink: { userId: ids.victim! },
    updateUserNames: { input: { userId: ids.victim!, name: 'Victim Person', nameLatin: 'Victim Person', nameArabic: 'ضحية' } },
    updateOrganisationNames: { input: { name: w.stockholm.name, nameLatin: null, nameArabic: 'ستوكهولم' } },
    requestPasswordReset: { input: { email: 'nobody@test.example' } },
    // A token of the right shape (nobody issued it), so that each other field's refusal is its own.
    resetPassword: { input: { token: 'A'.repeat(43), newPassword: 'a brand new long password' } },
    setMyFirstPassword: { input: { newPassword: 'a brand new long password' } },
    confirmAgreement: { id: ids.spareAgreement! },
    confirmArrival: { input: { caseId: ids.acceptedCase!, arrivedOn: today(), notes: 'Arrived well.', confirmEarly: true } },
    createCase: { input: caseInput },
    createSupervisionSession: {
      input: {
        partnerId: w.baghdad.id,
        heldOn: today(),
        mode: 'VIDEO',
        topics: ['Housing'],
        notes: 'Notes.',
        participantIds: [w.baghdadCaseworker.id],
        caseIds: [ids.acceptedCase!],
        actions: [{ description: 'Call the family', ownerId: w.baghdadCaseworker.id, dueOn: inDays(10) }],
      },
    },
    createUser: { input: { email: `new-${randomUUID().slice(0, 8)}@test.example`, name: 'New Person', roles: ['CASEWORKER'], language: 'en', password: 'a long enough password' } },
    deactivateUser: { id: ids.victim! },
    login: { input: { email: 'nobody@test.example', password: 'a wrong password' } },
    markCaseMessagesRead: { referralId: ids.acceptedReferral! },
    markNotificationRead: { id: ids.notification! },
    proposeAgreement: {
      input: { referenceNumber: `R-${randomUUID().slice(0, 8)}`, title: 'Agreement', partnerIds: [w.prijedor.id], scopes: ['REFERRALS'], validFrom: today(), validTo: inDays(365), responseTimeDays: 7 },
    },
    recordConsent: { input: { caseId: ids.pendingCase!, partnerId: w.baghdad.id, sections: ['IDENTITY'], givenOn: today(), formAttachmentId: null } },
    recordFollowUpVisit: {
      input: { caseId: ids.acceptedCase!, visitedOn: today(), mode: 'HOME_VISIT', domainStatuses: [{ domain: 'HOUSING', status: 'GOOD' }], narrative: 'Visited.', nextVisitOn: inDays(30) },
    },
    recordSustainabilityAssessment: { input: { caseId: ids.acceptedCase!, assessedOn: today(), answers: [{ indicator: 'INCOME', value: 2 }] } },
    saveReintegrationPlan: {
      input: { caseId: ids.acceptedCase!, version: 0, goals: [{ domain: 'HOUSING', description: 'Rent a flat', status: 'NOT_STARTED', targetDate: inDays(90) }], budget: { amountMinor: 1000, currency: 'EUR' } },
    },
    sendCaseMessage: { input: { referralId: ids.acceptedReferral!, body: 'Hello.' } },
    sendReferral: { input: { caseId: ids.pendingCase!, partnerId: w.prijedor.id, sections: ['IDENTITY'] } },
    setSupervisionActionDone: { id: ids.action!, done: true },
    terminateAgreement: { id: ids.spareAgreement!, reason: 'Ended by both.' },
    updateCase: { input: { id: ids.pendingCase!, version: 1, ...caseInput, supportGranted: { amountMinor: 100, currency: 'SEK' }, actualDeparture: null } },
    updateSupervisionNotes: { input: { sessionId: ids.session!, version: 1, notes: 'New notes.' } },
    updateUserRoles: { input: { userId: ids.victim!, roles: ['CASEWORKER'] } },
    withdrawConsent: { id: ids.consent! },
  };
  return structuredClone(bases[operation] ?? {});
}

/** A valid value of a type, for what the base arguments leave out. */
function sample(type: GraphQLInputType, name: string): Json {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]!.value as string;
  if (isInputObjectType(type)) {
    const out: Record<string, Json> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) out[field.name] = sample(field.type, field.name);
    }
    return out;
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return { partnerId: w.baghdad.id, ownerId: w.baghdadCaseworker.id, userId: ids.victim!, caseId: ids.acceptedCase! }[name] ?? randomUUID();
    case 'Date':
      return today();
    case 'Int':
    case 'Float':
    case 'MinorUnits':
      return 1;
    case 'Boolean':
      return false;
    default:
      return { email: 'someone@test.example', currency: 'SEK', destinationCountry: 'IQ', citizenship: 'IQ', languages: 'ar' }[name] ?? 'Text';
  }
}

interface Position {
  /** Where the value sits in the arguments: ['input', 'household', 0, 'firstName']. */
  path: Path;
  type: GraphQLInputType;
  /** The input field or argument that holds it (for its extensions). */
  holder: GraphQLInputField | GraphQLArgument;
  /** A scalar inside a list: `roles[0]` is the list's fault. */
  inList: boolean;
}

/** Every String, ID, Date and list position of a field's arguments, recursively. */
function positions(args: readonly GraphQLArgument[]): Position[] {
  const out: Position[] = [];
  const visit = (type: GraphQLInputType, path: Path, holder: GraphQLInputField | GraphQLArgument, inList: boolean, depth: number) => {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) {
      out.push({ path, type: inner, holder, inList });
      visit(inner.ofType, [...path, 0], holder, true, depth);
    } else if (isInputObjectType(inner) && depth < 6) {
      for (const field of Object.values(inner.getFields())) visit(field.type, [...path, field.name], field, false, depth + 1);
    } else if (isScalarType(inner) && ['String', 'ID', 'Date'].includes(inner.name)) {
      out.push({ path, type: inner, holder, inList });
    }
  };
  for (const arg of args) visit(arg.type, [arg.name], arg, false, 0);
  return out;
}

/** The argument values with `value` at `path`, creating what is missing on the way from the types. */
function withValueAt(args: readonly GraphQLArgument[], base: Record<string, Json>, path: Path, value: Json): Record<string, Json> {
  const out = structuredClone(base);
  let container = out as Record<string | number, Json>;
  let type: GraphQLInputType = args.find((a) => a.name === path[0])!.type;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const current = container[key];
    if (current === undefined || current === null || (Array.isArray(current) && current.length === 0)) container[key] = sample(type, String(key));
    container = container[key] as Record<string | number, Json>;
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) type = inner.ofType;
    else if (isInputObjectType(inner)) type = inner.getFields()[String(path[i + 1])]!.type;
  }
  container[path.at(-1)!] = value;
  return out;
}

/** The field an error names, in the API's convention: `input` left out, list items of plain values named by their list. */
function expectedField(position: Position, nested: boolean): string {
  const path = [...position.path];
  // An item of a list of texts is the list's fault; an id in a list is named by its position.
  if (position.inList && getNamedType(position.type).name !== 'ID') while (typeof path.at(-1) === 'number') path.pop();
  if (!nested && path[0] === 'input' && path.length > 1) path.shift();
  return path.join('.');
}

interface Attempt {
  label: string;
  query: string;
  variables: Record<string, Json>;
  token: string;
  /**
   * What the answer must be beyond "no internal error, every BAD_USER_INPUT names a field": the
   * first error's code (`ok` for no error), and the field when it is BAD_USER_INPUT.
   */
  expect?: { codes: () => string[]; field: string };
}

/** The first error's code, or `ok`. */
function outcome(errors: Array<{ extensions?: { code?: string } }>): string {
  return errors[0]?.extensions?.code ?? 'ok';
}

async function post(attempt: Pick<Attempt, 'query' | 'variables' | 'token'>) {
  sent++;
  const body = JSON.stringify({ query: attempt.query, variables: attempt.variables });
  let call = request(t.app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json').set('Accept-Language', 'en');
  if (attempt.token) call = call.set('Authorization', `Bearer ${attempt.token}`);
  const response = await call.send(body);
  return { status: response.status, data: response.body?.data as unknown, errors: (response.body?.errors ?? []) as Array<{ message: string; extensions?: { code?: string; field?: string } }> };
}

/** Sends one attempt; returns what was wrong with the answer, if anything. */
async function check(attempt: Attempt): Promise<string | undefined> {
  const { status, data, errors } = await post(attempt);
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  for (const error of errors) {
    if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') problems.push('INTERNAL_SERVER_ERROR');
    if (error.extensions?.code === 'BAD_USER_INPUT' && !error.extensions.field) problems.push(`BAD_USER_INPUT without a field: ${error.message}`);
  }
  if (attempt.expect) {
    const codes = attempt.expect.codes();
    const got = outcome(errors);
    if (!codes.includes(got)) problems.push(`expected ${codes.join(' or ')}`);
    else if (got === 'BAD_USER_INPUT' && errors[0]?.extensions?.field !== attempt.expect.field) problems.push(`expected the field ${attempt.expect.field}`);
  }
  if (problems.length === 0) return undefined;
  const got = errors.map((e) => ({ code: e.extensions?.code, field: e.extensions?.field, message: e.message.slice(0, 120) }));
  return `${attempt.label}: ${problems.join(', ')} — got ${errors.length ? JSON.stringify(got) : `data ${JSON.stringify(data)?.slice(0, 200)}`}`;
}

/** A few requests at a time: the server and its database overlap the waits. */
async function runAll(attempts: Attempt[], concurrency = 4): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < attempts.length) {
        const failure = await check(attempts[next++]!);
        if (failure) failures.push(failure);
      }
    }),
  );
  return failures;
}

/** The operation's text for these variables: only what is given is declared and passed (the rest keeps its default). */
function operationText(
  kind: 'query' | 'mutation',
  root: GraphQLField<unknown, unknown>,
  variables: Record<string, Json>,
  nested?: GraphQLField<unknown, unknown>,
  inline?: { name: string; literal: string },
): string {
  const given = (args: readonly GraphQLArgument[], prefix: string) => args.filter((a) => `${prefix}${a.name}` in variables);
  const rootArgs = given(root.args, '');
  const nestedArgs = nested ? given(nested.args, 'n_') : [];
  const declarations = [...rootArgs.map((a) => `$${a.name}: ${String(a.type)}`), ...nestedArgs.map((a) => `$n_${a.name}: ${String(a.type)}`)];
  const argumentList = (args: GraphQLArgument[], prefix: string, literal?: { name: string; literal: string }) => {
    const parts = args.map((a) => `${a.name}: $${prefix}${a.name}`);
    if (literal) parts.push(`${literal.name}: ${literal.literal}`);
    return parts.length ? `(${parts.join(', ')})` : '';
  };
  const selection = (field: GraphQLField<unknown, unknown>) => (isObjectType(getNamedType(field.type)) ? ' { __typename }' : '');
  const inner = nested ? ` { ${nested.name}${argumentList(nestedArgs, 'n_')}${selection(nested)} }` : selection(root);
  return `${kind}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${root.name}${argumentList(rootArgs, '', inline)}${inner} }`;
}

/** A GraphQL string literal: control characters and quotes as \u escapes (GraphQL has no literal for a lone surrogate). */
function graphqlString(value: string): string {
  return `"${value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029"\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** Every attempt for one operation: its own arguments, and those of its fields one level below. */
function attemptsFor(kind: 'query' | 'mutation', name: string): { baselines: Array<{ key: string; attempt: Attempt }>; attempts: Attempt[]; outcomes: Map<string, string> } {
  const root = (kind === 'query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[name]!;
  const baselines: Array<{ key: string; attempt: Attempt }> = [];
  const attempts: Attempt[] = [];
  const outcomes = new Map<string, string>();
  const rootBase = baseArguments(name);
  for (const arg of root.args) if (rootBase[arg.name] === undefined && isNonNullType(arg.type) && arg.defaultValue === undefined) rootBase[arg.name] = sample(arg.type, arg.name);
  const multilineArguments = (root.extensions?.multilineArguments as string[] | undefined) ?? [];

  const targets: Array<{ field: GraphQLField<unknown, unknown>; nested: boolean; actor: string }> = [{ field: root, nested: false, actor: actorOf(name) }];
  // Arguments of fields below a query (a case's auditTrail); below a mutation they are the same fields, reached once it succeeded.
  const returned = getNamedType(root.type);
  if (kind === 'query' && isObjectType(returned)) {
    for (const child of Object.values(returned.getFields())) if (child.args.length) targets.push({ field: child, nested: true, actor: actorOf(`${name}.${child.name}`) });
  }

  for (const { field, nested, actor } of targets) {
    const fieldBase: Record<string, Json> = {};
    if (nested) for (const arg of field.args) if (isNonNullType(arg.type) && arg.defaultValue === undefined) fieldBase[arg.name] = sample(arg.type, arg.name);
    const attempt = (position: Position, what: string, value: Json, expect?: Attempt['expect']): Attempt => {
      const variables = nested
        ? { ...rootBase, ...Object.fromEntries(Object.entries(withValueAt(field.args, fieldBase, position.path, value)).map(([k, v]) => [`n_${k}`, v])) }
        : withValueAt(root.args, rootBase, position.path, value);
      return {
        label: `${kind} ${name}${nested ? `.${field.name}` : ''} ${position.path.join('.')} ← ${what}`,
        query: operationText(kind, root, variables, nested ? field : undefined),
        variables,
        token: actor,
        expect,
      };
    };
    const found = positions(field.args);
    if (found.length === 0 && !nested) attempts.push({ label: `${kind} ${name} (no text arguments)`, query: operationText(kind, root, rootBase), variables: rootBase, token: actor });
    for (const position of found) {
      const at = expectedField(position, nested);
      const refused = { codes: () => ['BAD_USER_INPUT'], field: at };
      if (isListType(position.type)) {
        // A list far longer than any list may be.
        const current = position.path.reduce<Json | undefined>((value, key) => (value as Record<string | number, Json> | undefined)?.[key], nested ? fieldBase : rootBase);
        const item = Array.isArray(current) && current.length ? current[0]! : sample(position.type.ofType, String(position.path.at(-1)));
        attempts.push(attempt(position, '101 items', Array.from({ length: 101 }, () => item), refused));
        continue;
      }
      const scalar = getNamedType(position.type).name;
      if (scalar === 'Date') {
        for (const date of ['0100-01-01', '9999-12-31']) attempts.push(attempt(position, date, date, refused));
        continue;
      }
      for (const [what, value] of FORBIDDEN_TEXT) attempts.push(attempt(position, what, value, refused));
      const multiline = (position.holder.extensions as { multiline?: boolean } | null | undefined)?.multiline === true || (!nested && position.path.length === 1 && multilineArguments.includes(String(position.path[0])));
      // A line break is refused in single-line text (in multi-line text it is ordinary, and would change the world).
      if (!multiline) attempts.push(attempt(position, 'a line break', 'a\nb', refused));
      if (scalar === 'ID') {
        // An id that is no id is answered like an unknown one (for a plain argument), or refused naming it.
        const lookup = !nested && position.path.length === 1;
        const key = `${field.name}:${position.path.join('.')}`;
        if (lookup) baselines.push({ key, attempt: attempt(position, 'an unknown id', randomUUID()) });
        const likeUnknown = { codes: () => (lookup ? [outcomes.get(key)!, 'BAD_USER_INPUT'] : ['BAD_USER_INPUT']), field: at };
        attempts.push(attempt(position, 'an empty id', '', likeUnknown));
        attempts.push(attempt(position, 'a 101-character id', 'x'.repeat(101), likeUnknown));
        attempts.push(attempt(position, 'a 90,000-character id', HUGE, likeUnknown));
        attempts.push(attempt(position, 'a UUID with a NUL after it', `${randomUUID()}\u0000`, refused));
      } else {
        attempts.push(attempt(position, 'an empty string', ''));
        attempts.push(attempt(position, 'a 90,000-character string', HUGE, refused));
      }
      if (position.path.length === 1 && position.path[0] === 'after') {
        for (const cursor of FORGED_CURSORS) attempts.push(attempt(position, `the forged cursor ${cursor}`, cursor, refused));
      }
    }
    // Arguments written into the operation itself pass the same check as variables.
    if (!nested) {
      for (const position of found.filter((p) => p.path.length === 1 && !isListType(p.type) && getNamedType(p.type).name !== 'Date')) {
        const argument = String(position.path[0]);
        for (const [what, value] of FORBIDDEN_TEXT.filter(([, v]) => !/[\ud800-\udfff]/.test(v))) {
          const variables = Object.fromEntries(Object.entries(rootBase).filter(([k]) => k !== argument));
          attempts.push({
            label: `${kind} ${name} ${argument} ← ${what} (inline)`,
            query: operationText(kind, root, variables, undefined, { name: argument, literal: graphqlString(value) }),
            variables,
            token: actor,
            expect: { codes: () => ['BAD_USER_INPUT'], field: argument },
          });
        }
      }
    }
  }
  return { baselines, attempts, outcomes };
}

describe('bad input corpus: no edge value is an internal error, and every refusal names its field', () => {
  it('sends lone surrogates as JSON escapes, as a client would', () => {
    expect(JSON.stringify({ value: 'a\ud800b' })).toBe('{"value":"a\\ud800b"}');
  });

  it('covers every operation of the committed schema', () => {
    expect(OPERATIONS.length).toBeGreaterThan(40);
    expect(Object.keys(schema.getQueryType()!.getFields()).length + Object.keys(schema.getMutationType()!.getFields()).length).toBe(OPERATIONS.length);
  });

  for (const { kind, name } of OPERATIONS) {
    it(`${kind} ${name}`, async () => {
      const { baselines, attempts, outcomes } = attemptsFor(kind, name);
      for (const { key, attempt } of baselines) {
        const answer = await post(attempt);
        expect(outcome(answer.errors), `${attempt.label}: ${JSON.stringify(answer.errors)}`).not.toBe('INTERNAL_SERVER_ERROR');
        outcomes.set(key, outcome(answer.errors));
      }
      expect(await runAll(attempts)).toEqual([]);
    });
  }
});
