import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { direction, languages, namespaces, pickLanguage, resources, rtlLanguages } from '../index.js';
import { expectExportedAsOnDisk, expectFolderPerLanguage, flatten } from './translation-files.js';

const localesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'locales');

const placeholders = (text) => [...String(text).matchAll(/{{\s*([\w.]+)\s*(?:,[^}]*)?}}/g)].map((m) => m[1]).sort();

// i18next picks plural forms by suffix; a language may need more forms than English has.
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKey = (key) => key.replace(pluralSuffix, '');

describe('locales', () => {
  it('has a folder for every language and a file for every namespace, and nothing else', () => {
    expectFolderPerLanguage(localesDir, languages, namespaces);
  });

  it('exports exactly what the files hold', () => {
    expectExportedAsOnDisk(localesDir, languages, namespaces, resources);
  });

  for (const ns of namespaces) {
    const english = new Map(flatten(resources.en[ns]));

    it(`${ns}: English has keys`, () => {
      expect(english.size).toBeGreaterThan(0);
    });

    for (const language of languages.filter((l) => l !== 'en')) {
      describe(`${ns} in ${language}`, () => {
        const translated = new Map(flatten(resources[language][ns]));
        const translatedBases = new Set([...translated.keys()].map(baseKey));

        it('has every key English has', () => {
          const missing = [...english.keys()].filter((key) =>
            pluralSuffix.test(key) ? !translatedBases.has(baseKey(key)) : !translated.has(key),
          );
          expect(missing).toEqual([]);
        });

        it('has no key English lacks', () => {
          const englishBases = new Set([...english.keys()].map(baseKey));
          const extra = [...translated.keys()].filter((key) => !english.has(key) && !englishBases.has(baseKey(key)));
          expect(extra).toEqual([]);
        });

        it('has every plural form the language needs (Arabic six, Bosnian three)', () => {
          const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
          const plurals = new Set([...english.keys()].filter((key) => pluralSuffix.test(key)).map(baseKey));
          const missing = [...plurals].flatMap((base) =>
            needed.filter((form) => !translated.has(`${base}_${form}`)).map((form) => `${base}_${form}`),
          );
          expect(missing).toEqual([]);
        });

        it('has no empty text', () => {
          expect([...translated].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([k]) => k)).toEqual([]);
        });

        it('uses the same {{placeholders}} as English', () => {
          const differing = [...translated]
            .filter(([key]) => english.has(key) || english.has(`${baseKey(key)}_other`))
            .filter(([key, text]) => {
              const source = english.get(key) ?? english.get(`${baseKey(key)}_other`);
              // A plural form for exactly one may leave out the count ("one case" → "en ärende").
              const expected = placeholders(source).filter((p) => !(p === 'count' && /_(zero|one|two)$/.test(key)));
              const actual = placeholders(text).filter((p) => !(p === 'count' && /_(zero|one|two)$/.test(key)));
              return JSON.stringify(expected) !== JSON.stringify(actual);
            })
            .map(([key]) => key);
          expect(differing).toEqual([]);
        });
      });
    }
    it(`${ns}: English has no empty text`, () => {
      expect([...english].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([k]) => k)).toEqual([]);
    });
  }
});

describe('language metadata', () => {
  it('marks Arabic, and only Arabic, right-to-left', () => {
    expect(rtlLanguages).toEqual(['ar']);
    expect(direction('ar')).toBe('rtl');
    expect(direction('sv')).toBe('ltr');
  });

  it('picks the best supported language from Accept-Language', () => {
    expect(pickLanguage('ar-IQ,ar;q=0.9,en;q=0.5')).toBe('ar');
    expect(pickLanguage('de-DE,sv;q=0.4,en;q=0.6')).toBe('en');
    expect(pickLanguage('hr-HR')).toBe('bs');
    expect(pickLanguage('fr, de')).toBeUndefined();
    expect(pickLanguage('sv;q=0, en')).toBe('en');
    expect(pickLanguage(undefined)).toBeUndefined();
  });
});
