import type { Direction, TranslationTree } from './index.js';

export type DocumentLanguage = 'sv' | 'en' | 'bs' | 'ar' | 'so' | 'ckb';
export type DocumentName = 'consent-form';

export declare const documentLanguages: readonly DocumentLanguage[];
export declare const rtlDocumentLanguages: readonly DocumentLanguage[];
export declare const documentNames: readonly DocumentName[];
export declare const documentLanguageNames: Readonly<Record<DocumentLanguage, string>>;
/** Texts with {{placeholders}}: partner, returnee, caseNumber, organisation. */
export declare const documents: Readonly<Record<DocumentLanguage, Record<DocumentName, TranslationTree>>>;

export declare function isDocumentLanguage(value: unknown): value is DocumentLanguage;
export declare function documentDirection(language: string): Direction;
