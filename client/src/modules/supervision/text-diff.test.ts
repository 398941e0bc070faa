import { describe, expect, it } from 'vitest';
import { diffWords } from './text-diff';

describe('word diff of the notes', () => {
  it('marks removed and added words and keeps the rest', () => {
    const parts = diffWords('Discussed case load and housing needs.', 'Discussed case load and documents needs.')!;
    expect(parts).toEqual([
      { kind: 'same', text: 'Discussed case load and ' },
      { kind: 'removed', text: 'housing' },
      { kind: 'added', text: 'documents' },
      { kind: 'same', text: ' needs.' },
    ]);
  });

  it('shows a rewritten passage as the old text, then the new, not word for word', () => {
    expect(diffWords('Intro.\nAgreed to review documents next time.', 'Intro.\nTheir version, saved first.')).toEqual([
      { kind: 'same', text: 'Intro.\n' },
      { kind: 'removed', text: 'Agreed to review documents next time.' },
      { kind: 'added', text: 'Their version, saved first.' },
    ]);
  });

  it('gives back both texts exactly', () => {
    const before = 'Line one\nLine two with  spaces\n\nLast';
    const after = 'Line one\nLine 2 with spaces\n\nLast line';
    const parts = diffWords(before, after)!;
    expect(parts.filter((p) => p.kind !== 'added').map((p) => p.text).join('')).toBe(before);
    expect(parts.filter((p) => p.kind !== 'removed').map((p) => p.text).join('')).toBe(after);
  });

  it('handles a first text and a cleared one', () => {
    expect(diffWords('', 'New notes')).toEqual([{ kind: 'added', text: 'New notes' }]);
    expect(diffWords('Old notes', '')).toEqual([{ kind: 'removed', text: 'Old notes' }]);
    expect(diffWords('Same', 'Same')).toEqual([{ kind: 'same', text: 'Same' }]);
  });

  it('gives up on texts too long to compare quickly', () => {
    const long = (word: string) => Array.from({ length: 3000 }, (_, i) => `${word}${i}`).join(' ');
    expect(diffWords(long('a'), long('b'))).toBeNull();
  });
});
