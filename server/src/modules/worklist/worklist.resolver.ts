import { Context, Query, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Worklist } from './worklist.model.js';
import { WorklistService } from './worklist.service.js';

@Resolver(() => Worklist)
export class WorklistResolver {
  constructor(private readonly service: WorklistService) {}

  @Query(() => Worklist, { description: 'What needs the signed-in person now.' })
  myWorklist(@Context() context: RequestContext): Promise<Worklist> {
    return this.service.worklist(context);
  }
}
