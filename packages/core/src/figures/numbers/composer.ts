import type { DigitNumber } from './digits.js';

/**
 * A spelled-out number word's role in the composition:
 * - small: 0..99 (and the Romance hundreds 200..900, which add like a small number)
 * - hundred: multiplies what came before by 100 ("three hundred", "deux cents")
 * - scale: thousand and up; closes a group ("eleven thousand", "onze mille")
 * - dozen: multiplies by 12 ("three dozen")
 * - tens: Indonesian "puluh", multiplies the last unit by 10 ("dua puluh")
 * - teen: Indonesian "belas", adds 10 to the last unit ("dua belas")
 * - article: "a", "un", "ein": a 1 only before a multiplier ("a million", "ein Dutzend")
 * - denominator: "thirds", "quarters": divides what came before ("two thirds"); never starts a number
 */
export type NumberWordRole = 'small' | 'hundred' | 'scale' | 'dozen' | 'tens' | 'teen' | 'article' | 'denominator';

export interface NumberWord {
  value: number;
  role: NumberWordRole;
}

type Step = NumberWord | { value: number; role: 'digits'; digits: DigitNumber };

function place(current: number): number {
  const r = current % 100;
  if (current % 10 !== 0 || (r >= 10 && r < 20)) return 1;
  if (r !== 0) return 10;
  return 100;
}

/** Composes number words and digit groups one step at a time into one value, refusing a step that cannot follow. */
export class Composer {
  total = 0;
  current = 0;
  lastScale = 0;
  private groups: { value: number; scale: number }[] = [];
  scale = 1;
  prev: Step['role'] | null = null;
  steps = 0;
  /** Set once a denominator has divided the number ("two thirds"): only a scale may follow. */
  fraction = false;
  /** The value and scale before an "and" ("two million and one half"), which a fraction after it is added to. */
  private joinBase: number | null = null;
  private joinScale = 1;
  private fractionPart = 0;
  /** The hundreds read into the current group ("three hundred"), which a dozen after them does not multiply. */
  private hundreds = 0;

  /** Records that a joiner ("and", "et", "y") was read. */
  markJoin(): void {
    this.joinBase = this.value;
    this.joinScale = Math.max(this.lastScale, 1);
  }

  constructor(private readonly lang: string) {}

  /** Applies one step; false if it cannot belong to the number read so far. */
  apply(step: Step): boolean {
    const { value: v, role } = step;
    if (this.fraction && role !== 'scale' && role !== 'dozen') return false;
    switch (role) {
      case 'digits':
        if (this.prev === 'digits' || this.prev === 'small' || this.prev === 'article') return false;
        if (this.current > 0 && !(Number.isInteger(v) && v < place(this.current))) return false;
        if (this.prev === 'scale' && v >= this.lastScale) return false;
        this.current += v;
        break;
      case 'small':
        if (this.prev === 'digits' || this.prev === 'article') return false;
        // "quatre vingt" written apart is 4 × 20.
        if (this.lang === 'fr' && v === 20 && this.current % 100 === 4 && this.prev === 'small') {
          this.current += 76;
          break;
        }
        if (this.current > 0 && !this.canAdd(v)) return false;
        if (this.prev === 'scale' && v >= this.lastScale) return false;
        this.current += v;
        break;
      case 'hundred':
        // "322 hundred" multiplies digits; "three hundred and two hundred" is two numbers.
        if (this.prev === 'hundred' || (this.current >= 100 && !(this.prev === 'digits' && this.steps === 1)))
          return false;
        // "50 cents" in French is fifty cents, not 5,000: only English multiplies digits by a spelled hundred.
        if (this.prev === 'digits' && this.lang !== 'en') return false;
        this.current = (this.current || 1) * 100;
        this.hundreds = this.current;
        break;
      case 'scale':
        if (!this.multiply(v)) return false;
        break;
      case 'dozen':
        if (!this.multiplyByDozen()) return false;
        break;
      case 'tens':
      case 'teen': {
        // Indonesian "dua puluh" makes the unit tens (2 → 20), "dua belas" adds ten to it (2 → 12).
        const unit = this.current % 10;
        if (!unit || this.prev !== 'small') return false;
        this.current += role === 'tens' ? unit * 9 : 10;
        break;
      }
      case 'article':
        if (this.steps > 0) return false;
        this.current = 1;
        break;
      case 'denominator':
        if (!this.divide(v)) return false;
        break;
    }
    this.prev = role;
    this.steps++;
    return true;
  }

  /** A scale closes a group ("eleven thousand"), or multiplies a fraction ("three quarters million"). */
  private multiply(v: number): boolean {
    if (this.fraction) {
      // "three quarters million", "a half million", "one billion and three quarters million"
      if (this.prev !== 'denominator') return false;
      this.total = this.joinBase !== null ? this.joinBase + this.fractionPart * v : this.total * v;
    } else {
      if (this.lastScale && v === this.lastScale) return false;
      this.addScale(v);
      this.current = 0;
      this.hundreds = 0;
      this.lastScale = v;
    }
    this.scale = Math.max(this.scale, v);
    return true;
  }

  private multiplyByDozen(): boolean {
    if (this.prev === 'dozen') return false;
    if (this.fraction) {
      // "meia dúzia", "media docena"
      if (this.prev !== 'denominator') return false;
      this.total *= 12;
    } else if (this.prev === 'small' && this.hundreds > 0 && this.current > this.hundreds) {
      // "three hundred (and) two dozen" is 300 + 2 × 12, not 302 × 12.
      this.current = this.hundreds + (this.current - this.hundreds) * 12;
    } else {
      this.current = (this.current || 1) * 12;
    }
    return true;
  }

  /** A denominator divides what came before it ("two thirds"), or adds a fraction after "and" to it. */
  private divide(v: number): boolean {
    // "100 millionths", "3 quarters": after digits the word counts things (periods, shares), it does not divide.
    if (this.fraction || this.prev === 'dozen' || this.prev === 'digits') return false;
    if (this.steps === 0) {
      // "more than half", "quarter million": a share of one, which only a half may be alone (compose-number.ts).
      this.total = 1 / v;
    } else if (this.joinBase !== null && this.value - this.joinBase < v && this.joinAddsFraction()) {
      // "one hundred and three quarters", "five billion and three quarters": a proper fraction after "and" is
      // added; "one hundred and thirty fifths" is an improper one, and the whole number is its numerator.
      this.fractionPart = (this.value - this.joinBase) / v;
      this.total = this.joinBase + this.fractionPart * this.joinScale;
    } else {
      this.total = this.value / v;
    }
    this.current = 0;
    this.fraction = true;
    return true;
  }

  /**
   * Spanish and Portuguese join tens and units with "y"/"e" ("treinta y dos", "vinte e três"), so "ciento treinta y
   * dos quintos" is 132/5; only after a round hundred or scale ("cem e três quartos") does the joiner add a fraction.
   */
  private joinAddsFraction(): boolean {
    if (this.lang !== 'es' && this.lang !== 'pt') return true;
    return this.joinBase !== null && this.joinBase % 100 === 0;
  }

  private canAdd(v: number): boolean {
    if (v < place(this.current)) return true;
    // Spanish "diez y seis"
    if (this.lang === 'es') return this.current % 100 === 10 && v < 10;
    if (this.lang !== 'fr') return false;
    // French counts by twenties: "soixante-dix" (60+10), "quatre-vingt-onze" (80+11), and writes "dix sept".
    const r = this.current % 100;
    return ((r === 60 || r === 80) && v < 20) || (r === 10 && v >= 7 && v <= 9);
  }

  get value(): number {
    return this.total + this.current;
  }

  /**
   * Closes a group with a scale. Groups of smaller scales read so far belong to it: "cuatrocientos cincuenta y
   * cinco mil doscientos veintiocho millones" is 455,228 million, "hundred thousand" is 100 × 1,000.
   */
  private addScale(v: number): void {
    let sum = this.current;
    while (this.groups.length && this.groups[this.groups.length - 1]!.scale < v) sum += this.groups.pop()!.value;
    this.groups.push({ value: (sum || 1) * v, scale: v });
    this.total = this.groups.reduce((a, g) => a + g.value, 0);
  }
}

/** The value of number words read as one number, or null if they do not compose. */
export function composeWords(words: readonly NumberWord[], lang: string): number | null {
  const composer = new Composer(lang);
  for (const w of words) if (!composer.apply(w)) return null;
  return composer.value;
}
