import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  documentDirection,
  documentLanguageNames,
  documentLanguages,
  documentNames,
  documents,
  isDocumentLanguage,
  rtlDocumentLanguages,
} from '../index.js';
import { expectExportedAsOnDisk, expectFolderPerLanguage, flatten } from './translation-files.js';

const documentsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'documents');

const placeholders = (text) => [...String(text).matchAll(/{{\s*([\w.]+)\s*}}/g)].map((m) => m[1]).sort();

// Scripts that tell whether a text was really translated, not copied from English.
const arabicScript = /[\u0600-\u06FF]/;
const sorani = /[ێۆڕڵەڤ]/; // letters Sorani has and Arabic has not

describe('documents', () => {
  it('has a folder for every document language and a file for every document, and nothing else', () => {
    expectFolderPerLanguage(documentsDir, documentLanguages, documentNames);
  });

  it('exports exactly what the files hold', () => {
    expectExportedAsOnDisk(documentsDir, documentLanguages, documentNames, documents);
  });

  it('covers the interface languages plus Somali and Central Kurdish, right-to-left for Arabic and Central Kurdish', () => {
    expect([...documentLanguages].sort()).toEqual(['ar', 'bs', 'ckb', 'en', 'so', 'sv']);
    expect([...rtlDocumentLanguages].sort()).toEqual(['ar', 'ckb']);
    expect(documentDirection('ckb')).toBe('rtl');
    expect(documentDirection('so')).toBe('ltr');
    expect(isDocumentLanguage('so')).toBe(true);
    expect(isDocumentLanguage('de')).toBe(false);
    expect(Object.keys(documentLanguageNames).sort()).toEqual([...documentLanguages].sort());
  });

  for (const name of documentNames) {
    const english = new Map(flatten(documents.en[name]));

    it(`${name}: English has text and no empty entry`, () => {
      expect(english.size).toBeGreaterThan(0);
      expect([...english].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key)).toEqual([]);
    });

    it(`${name}: names the partner, the returnee, the case and the office`, () => {
      const used = new Set([...english.values()].flatMap(placeholders));
      expect([...used].sort()).toEqual(['caseNumber', 'organisation', 'partner', 'returnee']);
    });

    for (const language of documentLanguages.filter((l) => l !== 'en')) {
      describe(`${name} in ${language}`, () => {
        const translated = new Map(flatten(documents[language][name]));

        it('has every key English has, and no other', () => {
          expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([]);
          expect([...translated.keys()].filter((key) => !english.has(key))).toEqual([]);
        });

        it('has no empty text', () => {
          expect([...translated].filter(([, text]) => typeof text !== 'string' || text.trim() === '').map(([key]) => key)).toEqual([]);
        });

        it('uses the same {{placeholders}} as English', () => {
          const differing = [...english.keys()].filter(
            (key) => JSON.stringify(placeholders(english.get(key))) !== JSON.stringify(placeholders(translated.get(key))),
          );
          expect(differing).toEqual([]);
        });

        it('is translated, not copied from English', () => {
          const copied = [...english.keys()].filter(
            (key) => translated.get(key) === english.get(key) && placeholders(english.get(key)).length === 0 && !/^[☒☐\s]*$/.test(english.get(key)),
          );
          expect(copied).toEqual([]);
          if (rtlDocumentLanguages.includes(language)) {
            expect([...translated.values()].every((text) => arabicScript.test(text))).toBe(true);
          }
          if (language === 'ckb') expect(sorani.test([...translated.values()].join(' '))).toBe(true);
        });
      });
    }
  }
});
