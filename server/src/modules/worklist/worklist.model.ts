import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../core/graphql/pagination.js';
import { CaseWorkItem } from './case-work-item.model.js';
import { SupervisionActionItem } from './supervision-action-item.model.js';

/**
 * What needs the signed-in person now: four lists, each a connection decided and paged in SQL
 * (WorklistResolver), so that only the lists asked for are computed.
 */
@ObjectType({ description: 'What needs the signed-in person now: each list paged (first, default 20, at most 100; after) with its totalCount.' })
export class Worklist {
  /** False for a role with nothing on a worklist (analysts): every list is then empty. */
  available: boolean;
}

export const CaseWorkItemConnection = ConnectionType(CaseWorkItem, 'CaseWorkItem');
export const SupervisionActionItemConnection = ConnectionType(SupervisionActionItem, 'SupervisionActionItem');
