export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Words and the spaces between them, so that joining the parts gives back the text exactly. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Beyond this many token pairs a diff costs more than it helps: show old and new as wholes. */
const largestTable = 2_000_000;

/**
 * What changed from `before` to `after`, word by word (longest common subsequence), with
 * neighbouring parts of one kind merged. Null when the texts are too long to compare quickly.
 */
export function diffWords(before: string, after: string): DiffPart[] | null {
  const a = tokens(before);
  const b = tokens(after);
  // Common start and end are the same whatever the middle is: only the middle needs the table.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const midA = a.slice(start, a.length - end);
  const midB = b.slice(start, b.length - end);
  if (midA.length * midB.length > largestTable) return null;

  // lengths[i][j]: the longest common subsequence of midA[i…] and midB[j…].
  const rows = midA.length + 1;
  const columns = midB.length + 1;
  const lengths = new Uint32Array(rows * columns);
  for (let i = midA.length - 1; i >= 0; i -= 1) {
    for (let j = midB.length - 1; j >= 0; j -= 1) {
      lengths[i * columns + j] =
        midA[i] === midB[j] ? lengths[(i + 1) * columns + j + 1]! + 1 : Math.max(lengths[(i + 1) * columns + j]!, lengths[i * columns + j + 1]!);
    }
  }

  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts.at(-1);
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  if (start > 0) push('same', a.slice(0, start).join(''));
  let i = 0;
  let j = 0;
  while (i < midA.length && j < midB.length) {
    if (midA[i] === midB[j]) {
      push('same', midA[i]!);
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * columns + j]! >= lengths[i * columns + j + 1]!) {
      push('removed', midA[i]!);
      i += 1;
    } else {
      push('added', midB[j]!);
      j += 1;
    }
  }
  while (i < midA.length) push('removed', midA[i++]!);
  while (j < midB.length) push('added', midB[j++]!);
  if (end > 0) push('same', a.slice(a.length - end).join(''));
  return readable(parts);
}

/**
 * Changes separated only by spaces read as one change: "old words" → "new words", not word for
 * word interleaved. Within each run of changes, what was removed comes first, then what was added.
 */
function readable(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed });
    if (added) out.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  parts.forEach((part, index) => {
    const between = index > 0 && index < parts.length - 1;
    if (part.kind === 'same' && !(between && part.text.trim() === '')) {
      flush();
      const last = out.at(-1);
      if (last?.kind === 'same') last.text += part.text;
      else out.push({ ...part });
    } else if (part.kind === 'same') {
      removed += part.text;
      added += part.text;
    } else if (part.kind === 'removed') {
      removed += part.text;
    } else {
      added += part.text;
    }
  });
  flush();
  return out;
}
