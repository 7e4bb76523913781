import type { Figure } from '@parallax/shared';
import { foldedWords } from '../../compare/fold-text.js';
import { createLexicon } from '../../compare/lexicon.js';

/** The period a rate is counted over: "500 trucks a day" is a count per day, not a total. */
export type RatePeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * How a rate's period is written after its number and counted noun, folded, in the seven languages:
 * "500 trucks a day", "98 par jour", "100 Lastwagen pro Tag", "300 camiones diarios", "500 camion al giorno",
 * "98 truk per hari". A count over one week ("6,289 cases in a week", "en une semaine", "in the week of 7 to 13
 * April") is the week's count, as "per week" is; a count as of a past week ("last week") is a time, not a rate.
 */
export const PERIOD_AFTER: Readonly<Record<RatePeriod, readonly string[]>> = {
  hour: [
    'an hour',
    'per hour',
    'each hour',
    'every hour',
    'par heure',
    'pro stunde',
    'in der stunde',
    'stundlich',
    'por hora',
    'a la hora',
    'all ora',
    'ogni ora',
    'per jam',
    'setiap jam',
    'sejam',
  ],
  day: [
    'a day',
    'per day',
    'each day',
    'every day',
    'daily',
    'par jour',
    'chaque jour',
    'quotidiens',
    'quotidiennes',
    'quotidiennement',
    'pro tag',
    'am tag',
    'taglich*',
    'jeden tag',
    'al dia',
    'por dia',
    'cada dia',
    'diarios',
    'diarias',
    'diariamente',
    'ao dia',
    'al giorno',
    'ogni giorno',
    'giornalieri',
    'giornaliere',
    'quotidianamente',
    'per hari',
    'perhari',
    'setiap hari',
    'tiap hari',
    'sehari',
  ],
  week: [
    'a week',
    'per week',
    'each week',
    'every week',
    'weekly',
    'in a week',
    'in one week',
    'in the week of',
    'par semaine',
    'chaque semaine',
    'hebdomadaires',
    'en une semaine',
    'la semaine du',
    'la semaine de',
    'pro woche',
    'wochentlich*',
    'in einer woche',
    'in der woche vom',
    'a la semana',
    'por semana',
    'cada semana',
    'semanales',
    'en una semana',
    'en la semana del',
    'semanais',
    'em uma semana',
    'numa semana',
    'na semana de',
    'a settimana',
    'alla settimana',
    'ogni settimana',
    'settimanali',
    'in una settimana',
    'nella settimana dal',
    'nella settimana del',
    'per minggu',
    'setiap minggu',
    'seminggu',
    'sepekan',
    'per pekan',
    'dalam seminggu',
    'dalam sepekan',
  ],
  month: [
    'a month',
    'per month',
    'each month',
    'every month',
    'monthly',
    'par mois',
    'chaque mois',
    'mensuels',
    'mensuelles',
    'pro monat',
    'im monat',
    'monatlich*',
    'al mes',
    'por mes',
    'cada mes',
    'mensuales',
    'ao mes',
    'mensais',
    'al mese',
    'ogni mese',
    'mensili',
    'per bulan',
    'setiap bulan',
    'sebulan',
  ],
  year: [
    'a year',
    'per year',
    'each year',
    'every year',
    'annually',
    'par an',
    'par annee',
    'chaque annee',
    'annuels',
    'annuelles',
    'pro jahr',
    'im jahr',
    'jahrlich*',
    'al ano',
    'por ano',
    'cada ano',
    'anuales',
    'anualmente',
    'ao ano',
    'anuais',
    'l anno',
    'all anno',
    'ogni anno',
    'annui',
    'annue',
    'per tahun',
    'setiap tahun',
    'setahun',
  ],
};

/**
 * How a rate's period is written before its number, in the figure's own clause: "daily deliveries of 98
 * trucks", "average annual pay to $111,000", "täglich rund 100 Lastwagen", "ogni giorno 500 camion". Not the
 * nouns newspapers are called by ("le quotidien", "harian Kompas"), which a credit puts before a number.
 */
export const PERIOD_BEFORE: Readonly<Record<RatePeriod, readonly string[]>> = {
  hour: ['hourly', 'every hour', 'each hour', 'stundlich', 'ogni ora', 'setiap jam'],
  day: [
    'daily',
    'every day',
    'each day',
    'quotidiennement',
    'chaque jour',
    'taglich*',
    'jeden tag',
    'tous les jours',
    'diariamente',
    'cada dia',
    'todos los dias',
    'todos os dias',
    'ogni giorno',
    'giornaliero',
    'giornaliera',
    'quotidianamente',
    'setiap hari',
    'tiap hari',
  ],
  week: [
    'weekly',
    'every week',
    'each week',
    'hebdomadaire',
    'hebdomadaires',
    'chaque semaine',
    'toutes les semaines',
    'jede woche',
    'wochentlich*',
    'semanal',
    'semanales',
    'semanais',
    'cada semana',
    'todas las semanas',
    'todas as semanas',
    'settimanale',
    'settimanali',
    'ogni settimana',
    'setiap minggu',
  ],
  month: [
    'monthly',
    'every month',
    'each month',
    'mensuel',
    'mensuelle',
    'chaque mois',
    'tous les mois',
    'jeden monat',
    'monatlich*',
    'mensual',
    'mensal',
    'cada mes',
    'todos los meses',
    'todos os meses',
    'mensile',
    'ogni mese',
    'setiap bulan',
  ],
  year: [
    'annual',
    'yearly',
    'annually',
    'every year',
    'each year',
    'annuel',
    'annuelle',
    'chaque annee',
    'tous les ans',
    'jedes jahr',
    'jahrlich*',
    'anual',
    'anuales',
    'anuais',
    'cada ano',
    'todos los anos',
    'todos os anos',
    'annuale',
    'annuo',
    'annua',
    'ogni anno',
    'setiap tahun',
  ],
};

/**
 * Words after a period phrase that make it a time, not a rate: "a year ago", "un anno fa", "l'anno scorso",
 * "setahun lalu", "a day earlier", "am Tag der Wahl", "a week of protests".
 */
const NOT_A_RATE_AFTER = new Set(
  (
    'ago earlier later since fa scorso scorsa prossimo prossima passato passata dernier derniere prochain prochaine ' +
    'plus depuis seit desde dal sejak pasado pasada proximo proxima passado passada atras lalu kemudian sebelumnya ' +
    'berikutnya zuvor vorher spater davor of der vor'
  ).split(' '),
);

/** Words before a period phrase that make it a duration or a day: "for a day", "on a day of protests". */
const NOT_A_RATE_BEFORE = new Set('for on within pour fur durante selama per one un una'.split(' '));

/**
 * How far into the clause after a number (its counted noun and verb between) a period may start: "250 dolar AS
 * per minggu", "6 289 cas ont été confirmés la semaine du 7 au 13 avril".
 */
const AFTER_REACH = 4;
/** How far back in the clause before a number a period word may stand: "annual pay for machinists to $111,000". */
const BEFORE_REACH = 5;

const after = createLexicon(PERIOD_AFTER);
const before = createLexicon(PERIOD_BEFORE);

/** The period written after a number, and the word where it starts (0 when no counted noun stands between). */
export function periodAfter(clauseAfter: readonly string[]): { period: RatePeriod; at: number } | null {
  for (const m of after.find(clauseAfter)) {
    if (m.start > AFTER_REACH) break;
    const next = clauseAfter[m.end] ?? '';
    // "im Jahr 2020", "a year ago", "for a day": a time, not a rate.
    if (/^\d/.test(next) || NOT_A_RATE_AFTER.has(next) || NOT_A_RATE_BEFORE.has(clauseAfter[m.start - 1] ?? '')) {
      continue;
    }
    return { period: m.concept as RatePeriod, at: m.start };
  }
  return null;
}

/**
 * The period a count or an amount is a rate over, read from the figure's own clause: the words after its number
 * (from its counted noun on) and the words before it. Null for a total.
 */
export function ratePeriod(
  clauseBefore: readonly string[],
  clauseAfter: readonly string[],
  writtenAfter = '',
): RatePeriod | null {
  const written = periodAfter(clauseAfter);
  // Indonesian writes Sunday "Minggu" and a week "minggu": "153 orang per Minggu (30/10)" is as of Sunday.
  if (written?.period === 'week' && SUNDAY.test(writtenAfter)) return null;
  if (written) return written.period;
  const near = clauseBefore.slice(-BEFORE_REACH);
  const found = before.find(near).at(-1);
  return found ? (found.concept as RatePeriod) : null;
}

/** Indonesian's Sunday, capitalised as days are; the week is written in lower case. */
const SUNDAY = /(?<![\p{L}])Minggu(?![\p{L}])/u;

/** Words that join a range's ends ("$2 billion to $2.5 billion", "entre 2 e 2,5", "zwischen 2 und 2,5"), folded. */
const RANGE_JOINERS = new Set(['to', 'and', 'et', 'a', 'und', 'bis', 'y', 'e', 'ed', 'hingga', 'sampai', 'dan']);

/**
 * A range's low end is a rate over the period its high end states: "between $2 billion and $2.5 billion a year",
 * "entre US$ 2 bilhões e US$ 2,5 bilhões por ano". The words between the two ends are a joiner and at most a
 * currency's letters.
 */
export function rangesShareTheirPeriod(figures: readonly Figure[], text: string): void {
  for (let i = figures.length - 2; i >= 0; i--) {
    const low = figures[i]!;
    const high = figures[i + 1]!;
    if (!low.meaning || !high.meaning?.period || low.meaning.period || low.sentenceIndex !== high.sentenceIndex) {
      continue;
    }
    if (low.meaning.measure !== high.meaning.measure) continue;
    const between = foldedWords(text.slice(low.end, high.start));
    if (between.length <= 2 && RANGE_JOINERS.has(between[0] ?? '')) low.meaning.period = high.meaning.period;
  }
}
