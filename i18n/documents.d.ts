import type { Direction } from './index.js';
export * from './generated/documents.js';

export type DocumentLanguage = 'sv' | 'en' | 'bs' | 'ar' | 'so' | 'ckb';

export declare const documentLanguages: readonly DocumentLanguage[];
export declare const rtlDocumentLanguages: readonly DocumentLanguage[];
export declare const documentLanguageNames: Readonly<Record<DocumentLanguage, string>>;

export declare function isDocumentLanguage(value: unknown): value is DocumentLanguage;
export declare function documentDirection(language: string): Direction;
