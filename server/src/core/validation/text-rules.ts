/**
 * What no text input may carry, wherever it comes from (GraphQL arguments and input fields, the
 * file name of an upload). PostgreSQL refuses NUL in text and jsonb, and a lone surrogate in
 * jsonb; control characters and bidirectional controls are never part of a name, a reason or a
 * message, and the latter can make a stored name read differently from what it is
 * (`\u202efdp.exe` shows as `exe.pdf`). Refusing them in one place, with BAD_USER_INPUT naming the
 * field, keeps them out of the database, the audit trail and other people's screens.
 *
 * | fault             | characters                                          | where allowed                 |
 * | ----------------- | --------------------------------------------------- | ----------------------------- |
 * | lineBreak         | TAB, LF, CR                                         | multi-line free text only     |
 * | controlCharacter  | every other C0 control (U+0000–U+001F), DEL, C1 (U+0080–U+009F) | nowhere          |
 * | bidiControl       | embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069 | nowhere           |
 * | unpairedSurrogate | a UTF-16 surrogate without its other half            | nowhere                       |
 *
 * Multi-line free text is what people write in a text area: case notes, needs, health
 * information, a visit's narrative, a goal's description, arrival notes, supervision notes,
 * comments, messages and the reasons for declining or terminating. The marks that only hint at a
 * direction (U+200E, U+200F, U+061C) are ordinary in Arabic text and stay allowed.
 */
export type TextFault = 'lineBreak' | 'controlCharacter' | 'bidiControl' | 'unpairedSurrogate';

const lineBreak = /[\t\n\r]/;
const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const bidi = /[\u202a-\u202e\u2066-\u2069]/;
const unpaired = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The first rule a text breaks, or undefined when it is fine. */
export function textFault(value: string, options: { multiline?: boolean } = {}): TextFault | undefined {
  if (unpaired.test(value)) return 'unpairedSurrogate';
  if (control.test(value)) return 'controlCharacter';
  if (!options.multiline && lineBreak.test(value)) return 'lineBreak';
  if (bidi.test(value)) return 'bidiControl';
  return undefined;
}

/** The translation key (errors namespace) that explains a fault; `{{field}}` names the field. */
export const textFaultKeys: Record<TextFault, string> = {
  lineBreak: 'validation.lineBreak',
  controlCharacter: 'validation.controlCharacter',
  bidiControl: 'validation.bidiControl',
  unpairedSurrogate: 'validation.unpairedSurrogate',
};
