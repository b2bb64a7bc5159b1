/**
 * Search and duplicate keys: lower case, ё→е, any run of whitespace (including no-break spaces) as one
 * space, trimmed. Two spellings of the same name give the same key.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/** Collapses spaces and trims, keeping case: for storing what a person typed. */
export function cleanSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/** True when every word of the query is a prefix of some word of the text (both already normalised). */
export function matchesQuery(normalizedText: string, normalizedQuery: string): boolean {
  return queryMatcher(normalizedQuery)(normalizedText.split(' '));
}

/**
 * `matchesQuery` for words split and normalised in advance, such as a participant's stored `searchWords`: the
 * query is split once, so filtering 20 000 people per keystroke builds no strings.
 */
export function queryMatcher(normalizedQuery: string): (words: readonly string[]) => boolean {
  const parts = normalizedQuery.split(' ').filter(Boolean);
  if (parts.length === 0) return () => true;
  return (words) => parts.every((q) => words.some((w) => w.startsWith(q)));
}
