export type Language = 'sv' | 'en' | 'bs' | 'ar';
export type Direction = 'ltr' | 'rtl';

export interface TranslationTree {
  [key: string]: string | TranslationTree;
}

export declare const languages: readonly Language[];
export declare const defaultLanguage: Language;
export declare const rtlLanguages: readonly Language[];
export declare const languageNames: Readonly<Record<Language, string>>;

export declare function isLanguage(value: unknown): value is Language;
export declare function isRtl(language: string): boolean;
export declare function direction(language: string): Direction;
export declare function pickLanguage(acceptLanguage: string | null | undefined): Language | undefined;
export * from './documents.js';
export * from './generated/resources.js';
