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

export type NameScript = 'latin' | 'arabic';
/** A name as its owner writes it, with optional spellings in the other script. */
export interface NamedInScripts {
  name: string;
  nameLatin?: string | null;
  nameArabic?: string | null;
}
export interface ReadableName {
  /** In the reader's script when there is a spelling in it, else as written. */
  name: string;
  /** The name as written, when `name` is a spelling of it in the reader's script. */
  other: string | null;
}
export declare const nameScripts: readonly NameScript[];
export declare function scriptOfLanguage(language: string): NameScript;
export declare function scriptOfText(text: string | null | undefined): NameScript | undefined;
export declare function fitsScript(text: string, script: NameScript): boolean;
export declare function readableName(named: NamedInScripts, language: string): ReadableName;
export declare function readableNameText(named: NamedInScripts, language: string): string;
export * from './generated/resources.js';
