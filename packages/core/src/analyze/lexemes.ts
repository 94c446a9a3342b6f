/**
 * One record per word that the analyzer's fixed word lists know: which patterns it can open
 * (word-classes.ts) and, for the cue index (cues.ts), the phrases it begins. An answer's words
 * are looked up here once, when it is split (words.ts), and every detector and the cue scan read
 * the record the word carries: one hash-table lookup per word instead of one per table.
 *
 * Filled while the modules load, never after: answers add nothing, so the table stays bounded.
 */
export interface Lexeme {
  /** Bits of word-classes.ts. */
  classes: number;
  /**
   * The cue index's node for the phrases this word begins (phrases.ts; opaque here), or null.
   * Only one phrase index keeps its nodes here (see PhraseIndex's `onLexemes`).
   */
  phrases: unknown;
}

/**
 * Records by word, in an object without a prototype rather than a Map. Right after wink's parse
 * the table is out of the cache and a lookup waits on its reads: a Map's reads a bucket and then
 * an entry elsewhere, an object's dictionary one slot holding key and value together, and most of
 * an answer's words are wink's own (internalised) strings, compared by identity. splitWords ~10%
 * faster at 150 and 600 words than with the Map.
 */
const LEXEMES: Record<string, Lexeme | undefined> = Object.create(null);

/** The record of a word, created empty the first time (for the tables built at module load). */
export function lexemeFor(word: string): Lexeme {
  let lexeme = LEXEMES[word];
  if (lexeme === undefined) {
    lexeme = { classes: 0, phrases: null };
    LEXEMES[word] = lexeme;
  }
  return lexeme;
}

/** The record of a word, if any list knows it (an answer's words: looked up, never added). */
export function lookupLexeme(word: string): Lexeme | undefined {
  return LEXEMES[word];
}

/** Every word that has a record, for tests that check a claim about all of them. */
export function knownWords(): IterableIterator<string> {
  return Object.keys(LEXEMES).values();
}
