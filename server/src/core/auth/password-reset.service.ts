import { Inject, Injectable } from '@nestjs/common';
import { Admission } from '../concurrency/admission.js';
import { CONFIG, type Config } from '../config/config.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { translateIn } from '../i18n/server-i18n.js';
import { Mailer } from '../mail/mailer.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { AuthRepository } from './auth.repository.js';
import { CredentialsVerifier } from './credentials-verifier.js';
import { DEFAULT_ARGON2_PARAMS, passwordHasher } from './password-hasher.js';
import { checkNewPassword } from './password-policy.js';
import { hashRefreshToken, newResetToken, resetLinkUrl } from './token.service.js';

/** How long an e-mailed link works (a coordinator's: 24 hours, see UsersService). */
export const EMAILED_RESET_LINK_HOURS = 1;

/**
 * Reset links for people who are not signed in: asking for one by e-mail, and redeeming one
 * (e-mailed or issued by a coordinator). Both commit on their own (self-committing-operations.ts).
 */
@Injectable()
export class PasswordResetService {
  /**
   * Anyone may ask, so asking is admitted like a login: a few at once, a bounded queue, BUSY
   * beyond. Each holds a connection only for one short statement.
   */
  readonly requests = new Admission(4, 200, 10_000);

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly repository: AuthRepository,
    private readonly verifier: CredentialsVerifier,
    private readonly mailer: Mailer,
  ) {}

  get emailResetAvailable(): boolean {
    return this.mailer.enabled;
  }

  /**
   * Sends a link to the address if it has an account, and answers the same whether it has or not
   * (and as fast: the e-mail goes out after the answer). The database throttles per account.
   */
  async requestByEmail(context: RequestContext, email: string): Promise<boolean> {
    if (!this.mailer.enabled) throw new AppError(ErrorCode.EMAIL_RESET_DISABLED, 'auth.emailResetDisabled');
    const { token, hash } = newResetToken();
    const expiresAt = new Date(Date.now() + EMAILED_RESET_LINK_HOURS * 3_600_000);
    const recipient = await this.requests.run(() => this.repository.requestPasswordReset(context, email, hash, expiresAt));
    if (recipient) {
      const t = (key: string, params: Record<string, unknown> = {}) => translateIn(recipient.language, 'account', key, params);
      this.mailer.sendInBackground(
        {
          to: email,
          subject: t('resetEmail.subject'),
          text: t('resetEmail.body', { name: recipient.name, link: resetLinkUrl(this.config.publicUrl, token), hours: EMAILED_RESET_LINK_HOURS }),
        },
        'password reset',
      );
    }
    return true;
  }

  /** Sets the password through a link, which is then spent; every session of the account ends. */
  async reset(context: RequestContext, token: string, newPassword: string): Promise<boolean> {
    const tokenHash = hashRefreshToken(token);
    const challenge = await this.repository.passwordResetChallenge(context, tokenHash, DEFAULT_ARGON2_PARAMS);
    if (!challenge) throw new AppError(ErrorCode.RESET_LINK_INVALID, 'auth.resetLinkInvalid');
    checkNewPassword(newPassword, challenge);
    const [newHash] = await this.verifier.hashAll([{ prefix: passwordHasher.newPasswordPrefix(challenge.prefix), password: newPassword }]);
    const outcome = await this.repository.completePasswordReset(context, tokenHash, newHash!);
    if (outcome !== 'ok') throw new AppError(ErrorCode.RESET_LINK_INVALID, 'auth.resetLinkInvalid');
    return true;
  }
}
