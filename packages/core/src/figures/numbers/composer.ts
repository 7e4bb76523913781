import type { DigitNumber } from './digits.js';

/**
 * A number word's role in the composition: small 0..99 (and the Romance hundreds 200..900, which add like one);
 * hundred multiplies what came before by 100; scale (thousand and up) closes a group; dozen multiplies by 12;
 * tens and teen are Indonesian "puluh" (the last unit × 10) and "belas" (the last unit + 10); article ("a", "un",
 * "ein") is a 1 only before a multiplier; denominator ("thirds") divides what came before and never starts a number.
 */
export type NumberWordRole = 'small' | 'hundred' | 'scale' | 'dozen' | 'tens' | 'teen' | 'article' | 'denominator';

export interface NumberWord {
  value: number;
  role: NumberWordRole;
}

/** A word of a whole number: not a fraction ("mezzo"), an article or a multiplier that needs a number before it. */
export function isCardinal(w: NumberWord): boolean {
  return w.role === 'small' || w.role === 'hundred' || w.role === 'scale';
}

type Step = NumberWord | { value: number; role: 'digits'; digits: DigitNumber };

/** The place a number added to `current` must stay below: 1 after "21", 10 after "20", 100 after "300". */
function place(current: number): number {
  const r = current % 100;
  if (current % 10 !== 0 || (r >= 10 && r < 20)) return 1;
  return r !== 0 ? 10 : 100;
}

/** Composes number words and digit groups one step at a time into one value, refusing a step that cannot follow. */
export class Composer {
  total = 0;
  current = 0;
  lastScale = 0;
  scale = 1;
  prev: Step['role'] | null = null;
  steps = 0;
  /** Set once a denominator has divided the number ("two thirds"): only a scale may follow. */
  fraction = false;
  private groups: { value: number; scale: number }[] = [];
  /** The hundreds read into the current group ("three hundred"), which a dozen after them does not multiply. */
  private hundreds = 0;

  constructor(private readonly lang: string) {}

  get value(): number {
    return this.total + this.current;
  }

  /** Applies one step; false if it cannot belong to the number read so far. */
  apply(step: Step): boolean {
    const { value: v, role } = step;
    if (this.fraction) {
      // Only a multiplier right after the denominator may follow a fraction: "three quarters million", "meia dúzia".
      if ((role !== 'scale' && role !== 'dozen') || this.prev !== 'denominator') return false;
      this.total *= v;
      if (role === 'scale') this.scale = Math.max(this.scale, v);
    } else if (!this.fits(v, role)) return false;
    this.prev = role;
    this.steps++;
    return true;
  }

  private fits(v: number, role: Step['role']): boolean {
    switch (role) {
      case 'digits':
      case 'small':
        return this.add(v, role === 'digits');
      case 'hundred':
        return this.multiplyByHundred();
      case 'scale':
        return this.multiply(v);
      case 'dozen':
        return this.multiplyByDozen();
      case 'tens':
      case 'teen': {
        // Indonesian "dua puluh" makes the unit tens (2 → 20), "dua belas" adds ten to it (2 → 12).
        const unit = this.current % 10;
        if (!unit || this.prev !== 'small') return false;
        this.current += role === 'tens' ? unit * 9 : 10;
        return true;
      }
      case 'article':
        if (this.steps > 0) return false;
        this.current = 1;
        return true;
      case 'denominator':
        return this.divide(v);
    }
  }

  /** A unit, a ten or a digit group added to the group read so far: "twenty" + "one", "thousand" + "21". */
  private add(v: number, digits: boolean): boolean {
    if (this.prev === 'digits' || this.prev === 'article' || (digits && this.prev === 'small')) return false;
    // "quatre vingt" written apart is 4 × 20.
    if (!digits && this.lang === 'fr' && v === 20 && this.current % 100 === 4 && this.prev === 'small') {
      this.current += 76;
      return true;
    }
    const fits = digits ? Number.isInteger(v) && v < place(this.current) : this.canAdd(v);
    if ((this.current > 0 && !fits) || (this.prev === 'scale' && v >= this.lastScale)) return false;
    this.current += v;
    return true;
  }

  private canAdd(v: number): boolean {
    if (v < place(this.current)) return true;
    const r = this.current % 100;
    // Spanish "diez y seis"; French counts by twenties ("soixante-dix", "quatre-vingt-onze") and writes "dix sept".
    if (this.lang === 'es') return r === 10 && v < 10;
    return this.lang === 'fr' && (((r === 60 || r === 80) && v < 20) || (r === 10 && v >= 7 && v <= 9));
  }

  private multiplyByHundred(): boolean {
    // "322 hundred" multiplies digits; "three hundred and two hundred" is two numbers.
    if (this.prev === 'hundred' || (this.current >= 100 && !(this.prev === 'digits' && this.steps === 1))) return false;
    // "50 cents" in French is fifty cents, not 5,000: only English multiplies digits by a spelled hundred.
    if (this.prev === 'digits' && this.lang !== 'en') return false;
    this.current = (this.current || 1) * 100;
    this.hundreds = this.current;
    return true;
  }

  /** A scale closes a group: "eleven thousand". */
  private multiply(v: number): boolean {
    if (this.lastScale && v === this.lastScale) return false;
    this.closeGroup(v);
    this.scale = Math.max(this.scale, v);
    return true;
  }

  /**
   * Closes a group with a scale. Groups of smaller scales read so far belong to it: "cuatrocientos cincuenta y
   * cinco mil doscientos veintiocho millones" is 455,228 million, "hundred thousand" is 100 × 1,000.
   */
  private closeGroup(v: number): void {
    let sum = this.current;
    while (this.groups.length && this.groups[this.groups.length - 1]!.scale < v) sum += this.groups.pop()!.value;
    this.groups.push({ value: (sum || 1) * v, scale: v });
    this.total = this.groups.reduce((a, g) => a + g.value, 0);
    this.current = 0;
    this.hundreds = 0;
    this.lastScale = v;
  }

  private multiplyByDozen(): boolean {
    if (this.prev === 'dozen') return false;
    if (this.prev === 'small' && this.hundreds > 0 && this.current > this.hundreds) {
      // "three hundred (and) two dozen" is 300 + 2 × 12, not 302 × 12.
      this.current = this.hundreds + (this.current - this.hundreds) * 12;
    } else {
      this.current = (this.current || 1) * 12;
    }
    return true;
  }

  /** A denominator divides what came before it: "two thirds"; a fraction after "and" is extend-number.ts's. */
  private divide(v: number): boolean {
    // "100 millionths", "3 quarters": after digits the word counts things (periods, shares), it does not divide.
    if (this.prev === 'dozen' || this.prev === 'digits') return false;
    // "more than half", "quarter million": a share of one, which only a half may be alone (compose-number.ts).
    this.total = this.steps === 0 ? 1 / v : this.value / v;
    this.current = 0;
    this.fraction = true;
    return true;
  }
}

/** The value of number words read as one number, or null if they do not compose. */
export function composeWords(words: readonly NumberWord[], lang: string): number | null {
  const composer = new Composer(lang);
  for (const w of words) if (!composer.apply(w)) return null;
  return composer.value;
}
