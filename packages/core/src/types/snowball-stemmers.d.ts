// Imported by name: the package sets __esModule without a default export, so a default import is undefined
// wherever that flag is honoured (tsx, which runs the worker's CPU threads from source).
declare module 'snowball-stemmers' {
  interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}
