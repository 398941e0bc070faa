import { describe, expect, it } from 'vitest';
import { personInitials } from './person-initials';

describe('personInitials', () => {
  it('gives two letters for Latin names', () => {
    expect(personInitials('Amra Hodžić')).toBe('AH');
    expect(personInitials('eva  lind berg')).toBe('EL');
    expect(personInitials('Öz')).toBe('Ö');
  });

  it('gives one letter for Arabic-script names, never two that spell a word', () => {
    // ليلى الراوي would be لا ("no"); علي لطيف would be عل.
    expect(personInitials('ليلى الراوي')).toBe('ل');
    expect(personInitials('علي لطيف')).toBe('ع');
    expect(personInitials('Layla الراوي')).toBe('L');
  });

  it('gives nothing for an empty name', () => {
    expect(personInitials('   ')).toBe('');
  });
});
