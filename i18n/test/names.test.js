import { describe, expect, it } from 'vitest';
import { fitsScript, readableName, readableNameText, scriptOfLanguage, scriptOfText } from '../index.js';

const baghdadCaseworker = { name: 'أحمد العبيدي', nameLatin: 'Ahmed Al-Obaidi', nameArabic: null };
const baghdadOffice = { name: 'CLDD Baghdad', nameLatin: null, nameArabic: 'مركز التنمية المحلية والمغتربين - بغداد' };
const stockholmCaseworker = { name: 'Anna Lindqvist' };

describe('names in the reader’s script', () => {
  it('knows which languages read Arabic script', () => {
    expect(['sv', 'en', 'bs', 'so'].map(scriptOfLanguage)).toEqual(['latin', 'latin', 'latin', 'latin']);
    expect(['ar', 'ckb'].map(scriptOfLanguage)).toEqual(['arabic', 'arabic']);
  });

  it('tells the script of a name by its first letter', () => {
    expect(scriptOfText('أحمد')).toBe('arabic');
    expect(scriptOfText('Hodžić')).toBe('latin');
    expect(scriptOfText('  (CLDD) بغداد')).toBe('latin');
    expect(scriptOfText('123')).toBeUndefined();
  });

  it('accepts a spelling only in its own script', () => {
    expect(fitsScript('Ahmed', 'latin')).toBe(true);
    expect(fitsScript('أحمد', 'latin')).toBe(false);
    expect(fitsScript('Ahmed أحمد', 'latin')).toBe(false);
    expect(fitsScript('أحمد', 'arabic')).toBe(true);
    expect(fitsScript('Ahmed', 'arabic')).toBe(false);
  });

  it('shows a Swedish reader the Latin spelling first and the Arabic name as written beside it', () => {
    expect(readableName(baghdadCaseworker, 'sv')).toEqual({ name: 'Ahmed Al-Obaidi', other: 'أحمد العبيدي' });
    expect(readableNameText(baghdadCaseworker, 'bs')).toBe('\u2068Ahmed Al-Obaidi\u2069 (\u2068أحمد العبيدي\u2069)');
  });

  it('shows an Arabic reader the name as written when it is in Arabic, with nothing beside it', () => {
    expect(readableName(baghdadCaseworker, 'ar')).toEqual({ name: 'أحمد العبيدي', other: null });
  });

  it('shows an Arabic reader an organisation’s Arabic name, with the Latin one as written beside it', () => {
    expect(readableName(baghdadOffice, 'ar')).toEqual({ name: 'مركز التنمية المحلية والمغتربين - بغداد', other: 'CLDD Baghdad' });
    expect(readableName(baghdadOffice, 'en')).toEqual({ name: 'CLDD Baghdad', other: null });
  });

  it('falls back to the name as written when there is no spelling in the reader’s script', () => {
    expect(readableName(stockholmCaseworker, 'ar')).toEqual({ name: 'Anna Lindqvist', other: null });
    expect(readableNameText(stockholmCaseworker, 'ar')).toBe('\u2068Anna Lindqvist\u2069');
  });
});
