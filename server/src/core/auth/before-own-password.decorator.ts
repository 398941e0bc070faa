import { SetMetadata } from '@nestjs/common';

export const BEFORE_OWN_PASSWORD_KEY = 'cirkel:beforeOwnPassword';

/**
 * An operation someone signed in with a temporary password may call before choosing their own
 * (who am I, choose my password, my language); every other one answers PASSWORD_CHANGE_REQUIRED.
 */
export const BeforeOwnPassword = () => SetMetadata(BEFORE_OWN_PASSWORD_KEY, true);
