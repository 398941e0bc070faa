import { defaultLanguage, type Language } from '@cirkel/i18n';
import { AppError } from '../errors/app-error.js';
import type { Actor } from './actor.js';

/**
 * The GraphQL context of a subscription over graphql-ws: the actor authenticated when the
 * socket connected (see ws-authentication.ts). There is no request transaction: a subscription
 * only relays what the NotificationHub has already read as its recipient.
 */
export class SubscriptionContext {
  constructor(private readonly current: Actor | undefined) {}

  get actor(): Actor {
    if (!this.current) throw AppError.unauthenticated();
    return this.current;
  }

  get language(): Language {
    return this.current?.language ?? defaultLanguage;
  }
}
