import type { CaughtMail } from '../../src/core/mail/mail-catcher.js';
import { Mailer } from '../../src/core/mail/mailer.js';
import type { TestApp } from './test-app.js';

/** The test server's mail catcher inbox, read over HTTP as a developer would (`/messages`). */
export async function inbox(t: TestApp, to: string): Promise<CaughtMail[]> {
  const catcher = t.app.get(Mailer).catcher;
  if (!catcher) throw new Error('this test server runs no mail catcher');
  const response = await fetch(`${catcher.inboxUrl}messages?to=${encodeURIComponent(to)}`);
  return (await response.json()) as CaughtMail[];
}

/** Waits (up to `timeoutMs`) until `to` has received `count` messages; they go out after the answer. */
export async function waitForMail(t: TestApp, to: string, count = 1, timeoutMs = 10_000): Promise<CaughtMail[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const messages = await inbox(t, to);
    if (messages.length >= count || Date.now() > until) return messages;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The token of the reset link in a message (after `#token=`). */
export function resetTokenIn(text: string): string {
  const match = /\/reset-password#token=([A-Za-z0-9_-]{43})/.exec(text);
  if (!match) throw new Error(`no reset link in: ${text}`);
  return match[1]!;
}
