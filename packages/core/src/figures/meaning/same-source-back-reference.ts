import type { Figure } from '@parallax/shared';

/**
 * "The ministry counted 40,000 homes flooded … more than 55,000 were under water, according to the same report":
 * a credit to "the same report", "el mismo reporte", "la stessa agenzia", "le même bilan", "dieselbe Behörde", "o
 * mesmo relatório", "laporan yang sama" is the authority the text credited last, not a new one. Where the text
 * credited no one before it, it credits no one.
 */
export function sameSourceBackReferences(figures: readonly Figure[]): void {
  let last: string | null = null;
  for (const f of figures) {
    const authority = f.meaning?.authority ?? null;
    if (authority === null || !f.meaning) continue;
    if (!namesTheSame(authority)) {
      last = authority;
      continue;
    }
    f.meaning.authority = last;
  }
}

/** Folded words of "the same" in the seven languages. */
const SAME = new Set(
  'same meme memes selbe selben selbes gleiche gleichen mismo misma mismos mismas stesso stessa stessi stesse mesmo mesma mesmos mesmas sama'.split(
    ' ',
  ),
);

const namesTheSame = (authority: string) => authority.split(' ').some((w) => SAME.has(w));
