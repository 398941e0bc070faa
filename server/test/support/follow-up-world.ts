import { createAgreement, referralWorld, referredCase, type ReferralWorld } from './referral-world.js';
import type { TestApp } from './test-app.js';

/** A Stockholm case referred to Baghdad and accepted (FOLLOW_UP is in the world's agreements). */
export async function acceptedCase(t: TestApp, w: ReferralWorld, sections = ['IDENTITY', 'CONTACT', 'NEEDS']) {
  const referred = await referredCase(t, w, sections);
  const accepted = await t.gql('mutation($id: ID!) { acceptReferral(id: $id) { status } }', { id: referred.referralId }, { token: w.baghdadCaseworker.token });
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return referred;
}

/** The referral world, with a SUPERVISION agreement between Stockholm and Baghdad. */
export async function supervisionWorld(t: TestApp) {
  const w = await referralWorld(t);
  const supervision = await createAgreement(t, { parties: [w.stockholm.id, w.baghdad.id], scopes: ['SUPERVISION'] });
  return { ...w, supervisionAgreement: supervision };
}
