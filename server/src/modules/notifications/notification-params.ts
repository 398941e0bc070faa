import type { NamedInScripts } from '@cirkel/i18n';

/**
 * A person's or organisation's name in a notification's parameters: kept with its spellings, so
 * that each recipient reads it in their own script (notification-text.ts; issue 11, point 4).
 */
export interface NameParam {
  name: string;
  nameLatin: string | null;
  nameArabic: string | null;
}

/** A parameter of a notification's text: a number, a text, a date (YYYY-MM-DD) or a name. */
export type NotificationParam = string | number | null | NameParam;
export type NotificationParams = Record<string, NotificationParam>;

/** The name of whom a notification is about, or an empty text when they are not known. */
export function nameParam(named: (NamedInScripts & { name: string }) | null | undefined): NameParam | '' {
  if (!named) return '';
  return { name: named.name, nameLatin: named.nameLatin ?? null, nameArabic: named.nameArabic ?? null };
}

export function isNameParam(value: unknown): value is NameParam {
  return typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
}
