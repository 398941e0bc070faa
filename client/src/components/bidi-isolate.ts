/**
 * Wraps a name in Unicode directional isolates (FSI … PDI), so that an Arabic organisation name in
 * a Swedish sentence, or a Latin one in an Arabic sentence, keeps its own direction and does not
 * reorder the punctuation around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** The text without isolates, for comparing what a person reads. */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}
