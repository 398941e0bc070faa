import { Inject, Injectable, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { Admission } from '../concurrency/admission.js';
import { CONFIG, type Config } from '../config/config.js';
import { LOGGER, type AppLogger } from '../logging/logger.js';
import { MailCatcher } from './mail-catcher.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends the portal's e-mail through SMTP (nodemailer): the server of `SMTP_URL`, or else, in
 * development and tests, the embedded mail catcher it starts here; in production without
 * `SMTP_URL` e-mail is off (`enabled` is false) and the start-up log says so in one line.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  /** Two messages on the wire at once, a hundred waiting; a flood beyond that is dropped, not queued. */
  private readonly sending = new Admission(2, 100, 30_000);
  private transport?: Transporter;
  private catcherInstance?: MailCatcher;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  get enabled(): boolean {
    return this.config.mail.mode !== 'off';
  }

  /** The embedded catcher, when it runs (development and tests without SMTP_URL). */
  get catcher(): MailCatcher | undefined {
    return this.catcherInstance;
  }

  async onModuleInit(): Promise<void> {
    const mail = this.config.mail;
    if (mail.mode === 'smtp') {
      this.transport = nodemailer.createTransport(mail.url);
    } else if (mail.mode === 'catcher') {
      const catcher = new MailCatcher();
      await catcher.start(mail.smtpPort, mail.webPort);
      this.catcherInstance = catcher;
      this.transport = nodemailer.createTransport({ host: '127.0.0.1', port: catcher.smtpPort, secure: false, ignoreTLS: true });
      this.logger.info('mail catcher: e-mail is kept, not sent', { inbox: catcher.inboxUrl, smtpPort: catcher.smtpPort });
    } else {
      this.logger.warning('e-mail is off (SMTP_URL is not set): password reset by e-mail is disabled');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.transport?.close();
    await this.catcherInstance?.close();
  }

  /** Sends one message and waits for the SMTP server to accept it. */
  async send(message: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('e-mail is off');
    const transport = this.transport;
    await this.sending.run(() => transport.sendMail({ from: this.config.mail.from, ...message }));
  }

  /**
   * Sends without making the caller wait (an anonymous request answers the same, as fast, whether
   * or not a message goes out); a failure is logged with the recipient's domain only.
   */
  sendInBackground(message: OutgoingMail, purpose: string): void {
    this.send(message).catch((error: unknown) => {
      this.logger.warning('e-mail not sent', {
        purpose,
        domain: message.to.split('@')[1] ?? '',
        error: error instanceof Error ? error.message : String(error),
      });
    });
  }
}
