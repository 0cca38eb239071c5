/** The part of word-extractor's API the .doc reader uses (the package ships no types). */
declare module 'word-extractor' {
  interface WordDocument {
    /** The body text: paragraphs end with \n, table cells with \t (a row with \t\n). */
    getBody(options?: { filterUnicode?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: Buffer | string): Promise<WordDocument>;
  }
}
