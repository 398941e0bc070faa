import { Args, Context, ID, Int, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ServiceFieldsResolver, type NoArgs } from '../../core/resolvers/service-fields.resolver.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Referral } from '../referrals/referral.entity.js';
import { organisation, ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { CaseMessage } from './case-message.entity.js';
import { MessageAttachment } from './message-attachment.entity.js';
import { SendCaseMessageInput } from './dtos/send-case-message.input.js';
import { MessagesService } from './messages.service.js';

@Resolver(() => CaseMessage)
export class MessagesResolver {
  constructor(private readonly service: MessagesService) {}

  @Roles(...ROLE_SETS.PERSONAL_DATA)
  @Mutation(() => CaseMessage)
  sendCaseMessage(@Context() context: RequestContext, @Args('input') input: SendCaseMessageInput): Promise<CaseMessage> {
    return this.service.send(context, input.referralId, input.body);
  }

  @Roles(...ROLE_SETS.PERSONAL_DATA)
  @Mutation(() => Referral, { description: 'Marks the thread read for the viewer; returns the referral (unreadMessageCount 0).' })
  markCaseMessagesRead(@Context() context: RequestContext, @Args('referralId', { type: () => ID }) referralId: string): Promise<Referral> {
    return this.service.markThreadRead(context, referralId);
  }

  @ResolveField(() => [MessageAttachment], { description: 'The files sent with the message, in the order they were sent.' })
  attachments(message: CaseMessage, _args: NoArgs, context: RequestContext): Promise<MessageAttachment[]> {
    return this.service.attachments(context, message);
  }

  @ResolveField(() => Boolean)
  mine(message: CaseMessage, _args: NoArgs, context: RequestContext): boolean {
    return this.service.mine(context, message);
  }
}

export const MessageReferencesResolver = ReferenceFieldsResolver(CaseMessage, {
  author: staffMember((message) => message.authorUserId),
  organisation: organisation((message) => message.authorOrganisationId),
});

export const ReferralMessagesResolver = ServiceFieldsResolver(Referral, MessagesService, {
  messages: { type: () => [CaseMessage], description: 'Oldest first.', resolve: (service, context, referral) => service.messages(context, referral) },
  unreadMessageCount: {
    type: () => Int,
    description: 'Messages by others since the viewer last read the thread.',
    resolve: (service, context, referral) => service.unread(context, referral),
  },
});
