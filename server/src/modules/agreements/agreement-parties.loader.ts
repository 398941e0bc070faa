import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { AgreementParty } from './cooperation-agreement.entity.js';

/** The parties of agreements, by agreement id. */
export function agreementPartiesLoader(context: RequestContext): DataLoader<string, AgreementParty[]> {
  return new DataLoader(async (ids) => {
    const rows = await context.db.getRepository(AgreementParty).find({ where: { agreementId: In([...ids]) }, order: { organisationId: 'ASC' } });
    return ids.map((id) => rows.filter((row) => row.agreementId === id));
  });
}
