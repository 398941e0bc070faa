/**
 * The largest body POST /graphql accepts, sized from the API's own limits rather than the
 * framework's 100 kB default (which refused a full supervision session).
 *
 * The largest input is createSupervisionSession (supervision/dtos/create-supervision-session.input.ts and its service):
 *   notes                       20,000 characters
 *   50 actions × 2,000          100,000 characters
 *   20 topics × 200               4,000 characters
 *                               124,000 characters of free text
 * (next come saveReintegrationPlan, 50 goals × 2,000 = 100,000, and createCase with its household
 * of 30, about 33,000). Around the text: 150 ids of 36 characters (participants, linked cases,
 * action owners), 50 due dates, and JSON's keys, quotes and commas — under 16,000 bytes.
 *
 * A character is counted as class-validator and PostgreSQL count it: a code point, so an emoji is
 * one character and four bytes of UTF-8. JSON.stringify (our client) sends text as UTF-8 — two
 * bytes for Swedish, Bosnian or Arabic letters — and escapes only quotes, backslashes and control
 * characters (a line break: 2 bytes). Four bytes a character therefore covers any text the portal
 * can send, in every language. (A client that escapes every non-ASCII character as \uXXXX, 6 bytes,
 * still fits about 80,000 characters of Arabic: all but the largest sessions. Budgeting 6 bytes for
 * every character would let every request carry half as much again for a case no client of ours has.)
 *
 * The document itself is at most GRAPHQL_MAX_TOKENS tokens; 16 bytes a token is generous for
 * names, punctuation and indentation (the client's largest operation is well under 8 kB).
 *
 *   124,000 × 4 + 16,000 + 2,000 tokens × 16 = 496,000 + 16,000 + 32,000 = 544,000 bytes (531 KiB)
 *
 * Attachments are not sent here: POST /attachments has its own limit (10 MB, attachments.controller.ts).
 */
export const LARGEST_INPUT_TEXT_CHARACTERS = 20_000 + 50 * 2_000 + 20 * 200;
export const LARGEST_INPUT_STRUCTURE_BYTES = 16_000;
export const BYTES_PER_CHARACTER = 4;
export const BYTES_PER_DOCUMENT_TOKEN = 16;

export function graphqlBodyLimit(maxTokens: number): number {
  return LARGEST_INPUT_TEXT_CHARACTERS * BYTES_PER_CHARACTER + LARGEST_INPUT_STRUCTURE_BYTES + maxTokens * BYTES_PER_DOCUMENT_TOKEN;
}
