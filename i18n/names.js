// Names of people and organisations in the reader's script (issue 11, point 4). A name is kept as
// its owner writes it (`name`), with optional spellings in the other script (`nameLatin`,
// `nameArabic`); a reader sees the spelling of their own script first, and the name as written
// beside it when that is in another script, so that the person can still be recognised (on a
// letter, a door sign, an e-mail).

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/u;

/** The scripts a name is kept in. */
export const nameScripts = ['latin', 'arabic'];

/** Languages (of the interface or of a document) written in Arabic script. */
const arabicScriptLanguages = ['ar', 'ckb', 'fa', 'ps', 'ur'];

/** The script a reader of `language` reads. */
export function scriptOfLanguage(language) {
  return arabicScriptLanguages.includes(language) ? 'arabic' : 'latin';
}

/** The script of a text's first letter, or undefined when it has no Latin or Arabic letter. */
export function scriptOfText(text) {
  for (const character of text ?? '') {
    if (ARABIC_LETTER.test(character)) return 'arabic';
    if (LATIN_LETTER.test(character)) return 'latin';
  }
  return undefined;
}

/** Whether `text` may stand as a name's spelling in `script`: letters of that script, none of the other's. */
export function fitsScript(text, script) {
  if (script === 'arabic') return ARABIC_LETTER.test(text);
  return LATIN_LETTER.test(text) && !ARABIC_LETTER.test(text);
}

/**
 * How a reader of `language` reads a name: `name` in their script when there is a spelling in it
 * (else as written), and `other`, the name as written, when that is in another script.
 */
export function readableName(named, language) {
  const written = named.name;
  const script = scriptOfLanguage(language);
  const spelled = script === 'arabic' ? named.nameArabic : named.nameLatin;
  if (!spelled || scriptOfText(written) === script || spelled === written) return { name: written, other: null };
  return { name: spelled, other: written };
}

const isolate = (text) => `\u2068${text}\u2069`;

/**
 * The same as one line of text, for places that take a string (a select's options, a sentence):
 * "Ahmed Al-Obaidi (أحمد العبيدي)", each part in Unicode directional isolates.
 */
export function readableNameText(named, language) {
  const { name, other } = readableName(named, language);
  return other ? `${isolate(name)} (${isolate(other)})` : isolate(name);
}
