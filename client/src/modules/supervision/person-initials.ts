const arabicScript = /\p{Script=Arabic}/u;

/**
 * What an avatar shows for a person's name. Latin and Cyrillic names: the first letters of the
 * first two words (Amra Hodžić → AH). Arabic-script names: the first letter only — two initials
 * joined spell a word (ليلى الراوي → لا, "no"), and Arabic does not abbreviate names that way.
 */
export function personInitials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return '';
  const first = (word: string) => [...word][0] ?? '';
  if (arabicScript.test(name)) return first(words[0]!);
  return words
    .slice(0, 2)
    .map((word) => first(word).toLocaleUpperCase())
    .join('');
}
