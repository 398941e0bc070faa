import { ObjectType } from '@nestjs/graphql';
import { DbColumn, GeneratedId } from '../../core/database/entity-columns.js';

/** What every row that belongs to a session has: its own id and its session's. */
@ObjectType({ isAbstract: true })
export abstract class SupervisionSessionRow {
  @GeneratedId()
  id: string;

  @DbColumn('uuid')
  sessionId: string;
}
