import type { Claim, ExtractionResult, Figure, FigureCategory } from '@parallax/shared';
import { type Attribution, attributionFor, findAttributions } from './claims/attribution.js';
import { creditAfter } from './claims/credit-after.js';
import { sourceKey } from './claims/source-key.js';
import { categoryOfWord, countedAfter, countedBefore } from './classify/categories.js';
import { placeFor, placesIn, statementSpan } from './classify/places.js';
import { isProjection } from './classify/projection.js';
import { enumerationNames } from './meaning/enumeration-names.js';
import { ministryBackReferences } from './meaning/ministry-back-reference.js';
import { sameSourceBackReferences } from './meaning/same-source-back-reference.js';
import { creditFromText, inheritConcepts, readMeaning } from './meaning/read-meaning.js';
import { voteRoles } from './meaning/vote-roles.js';
import { markBreakdowns } from './meaning/breakdown.js';
import { electionHolders } from './meaning/share-holder.js';
import { rangesShareTheirPeriod } from './meaning/rate-period.js';
import { statedDaysBefore } from './meaning/stated-days.js';
import { timeReference } from './classify/time-reference.js';
import { detectLanguage } from './language/detect-language.js';
import { isMeasure } from './numbers/measures.js';
import { foldText } from '../compare/fold-text.js';
import { type NumberReading, readNumbers } from './numbers/read-numbers.js';
import { splitSentences } from './sentences/split-sentences.js';

export interface ExtractOptions {
  /** Two-letter language code; detected from the text when absent. */
  lang?: string;
  /** When the text was published (ISO 8601): what "yesterday" and "on Tuesday" are read against. */
  published?: string | null;
  /** The outlet's country (ISO 3166-1 alpha-2): how it writes numbers where the text does not say. */
  country?: string;
}

const TIME_UNITS = new Set(['day', 'week', 'month', 'year', 'hour', 'decade']);
/** Casualty words just before a number ("killing at least 20", "death toll of 20"). */
const CASUALTY_BEFORE =
  /(?:killing|killed|wounding|wounded|injuring|injured|death toll|toll|casualties of|losses of|tuant|tué|blessé|faisant|tötete|töteten|verletzte|matando|mató|matou|uccidendo|ucciso|menewaskan|melukai)\s+(?:[\p{L},]+\s+){0,4}$/iu;
/** Casualty words just after the counted noun ("20 people were killed"). */
const CASUALTY_AFTER =
  /^\s*(?:[\p{L}'’-]+\s+){0,6}?(?:were\s+|have\s+been\s+|had\s+been\s+|been\s+|ont\s+été\s+|wurden\s+|fueron\s+|foram\s+|sono\s+stati\s+)?(?:killed|dead|died|wounded|injured|captured|taken prisoner|capturados|capturés|catturati|ditangkap|presos|prisonniers|gefangen|tués|morts|blessés|sont morts|getötet|verletzt|verwundet|gefallen|ums Leben|muertos|muerto|murieron|heridos|han muerto|mortos|morto|morreram|feridos|morti|sono morti|feriti|uccisi|tewas|terluka|meninggal|gugur)(?![\p{L}])/iu;

/** Words between a count and an age bound of what it counts ("446.750 crianças com menos de 10 anos"). */
const AGE_BOUND_GAP = /^\s*(?:[\p{L}'’-]+\s+){1,3}$/u;
const BOUNDS = new Set(['less_than', 'at_most', 'up_to']);

/**
 * Where the next figure of the sentence starts, past an age bound inside the counted words ("446.750 crianças
 * com menos de 10 anos já receberam a primeira dose", "enfants de moins de 10 ans"): the bound qualifies what is
 * counted and is no figure whose words stop this one's. Null at the sentence's end.
 */
function nextOwnStart(figures: readonly Figure[], i: number, text: string): number | null {
  const figure = figures[i]!;
  for (let k = i + 1; k < figures.length; k++) {
    const next = figures[k]!;
    if (next.sentenceIndex !== figure.sentenceIndex) return null;
    const ageBound =
      k === i + 1 &&
      next.category === 'duration' &&
      BOUNDS.has(next.qualifier) &&
      AGE_BOUND_GAP.test(text.slice(figure.end, next.start));
    if (!ageBound) return next.start;
  }
  return null;
}

/** Verbs of German reported speech, in the subjunctive: "seien verletzt worden", "werde vermisst", "habe gesagt". */
const REPORTED_SPEECH = /(?<![\p{L}])(?:sei|seien|habe|werde|würden|könne|müsse|solle|dürfe)(?![\p{L}])/u;

interface SentenceContext {
  index: number;
  text: string;
  start: number;
  end: number;
  source: string | null;
  /** Attributions with pronouns resolved, for crediting each figure by position. */
  attributions: Attribution[];
  places: ReturnType<typeof placesIn>;
  time: string | null;
  figures: number[];
  attributed: boolean;
}

/**
 * Every figure in a text with its qualifier, category, counted noun, place, source and projection, and the claims
 * (sentences that carry figures or attributed statements). Pure and synchronous.
 */
export function extractFigures(text: string, options: ExtractOptions = {}): ExtractionResult {
  const language = options.lang ?? detectLanguage(text);
  const sentences = splitSentences(text, language);
  const readings = readNumbers(text, language, { country: options.country }).filter(
    (r) => r.notFigure === null && !isDeterminerOne(r, text),
  );

  const contexts: SentenceContext[] = [];
  let lastNamed: string | null = null;
  let lastNamedAt = -10;
  sentences.forEach((s, index) => {
    const attributions: Attribution[] = [];
    for (const a of findAttributions(s.text)) {
      if (a.pronoun) {
        if (lastNamed && index - lastNamedAt <= 3) attributions.push({ ...a, source: lastNamed, pronoun: false });
      } else {
        attributions.push(a);
        lastNamed = a.source;
        lastNamedAt = index;
      }
    }
    // "…, sagte der Minister am Samstag. 168 Menschen seien verletzt worden": German reported speech goes on in the
    // subjunctive, so a sentence in it with no credit of its own is still the last named source's.
    const goesOn = language === 'de' && lastNamed !== null && index - lastNamedAt === 1;
    if (attributions.length === 0 && goesOn && REPORTED_SPEECH.test(s.text)) {
      attributions.push({ source: lastNamed!, pronoun: false, start: 0, end: 0 });
    }
    const attribution = attributions[0] ?? null;
    contexts.push({
      index,
      text: s.text,
      start: s.start,
      end: s.end,
      source: attribution?.source ?? null,
      attributions,
      places: placesIn(s.text, language, attribution),
      time: timeReference(s.text),
      figures: [],
      attributed: attributions.length > 0,
    });
  });

  lendCreditsBack(contexts, text);

  const figures: Figure[] = [];
  let si = 0;
  let previous: NumberReading | null = null;
  for (const r of readings) {
    const conversion = previous !== null && isConversion(previous, r, text);
    previous = r;
    if (conversion) continue;
    while (si < contexts.length - 1 && contexts[si]!.end <= r.start) si++;
    const ctx = contexts[si];
    if (!ctx) break;
    const figure = toFigure(r, text, ctx, language);
    if (figure.counted === null && figure.category === 'other' && figure.unit === null) {
      resolveAnaphora(figure, text.slice(ctx.start, r.start), text.slice(r.end, ctx.end), figures, language);
    }
    carryCurrency(figure, figures, ctx);
    ctx.figures.push(figures.length);
    figures.push(figure);
  }

  headingsTakeTheirParagraph(figures);
  const statedBefore = statedDaysBefore(
    contexts.map((c) => c.text),
    options.published ?? null,
  );
  figures.forEach((figure, i) => {
    const sentenceStart = contexts[figure.sentenceIndex]?.start ?? 0;
    const previous = figures[i - 1];
    const before = contexts[figure.sentenceIndex - 1];
    figure.meaning = readMeaning(figure, {
      sentenceStart,
      language,
      published: options.published ?? null,
      previousEnd: previous?.sentenceIndex === figure.sentenceIndex ? previous.end : null,
      previousCounted: previous?.sentenceIndex === figure.sentenceIndex ? previous.counted : null,
      nextStart: nextOwnStart(figures, i, text),
      // A new paragraph starts a new statement.
      previousSentence: before && !text.slice(before.end, sentenceStart).includes('\n') ? before.text : null,
      statedBefore: () => statedBefore(figure.sentenceIndex),
    });
  });
  rangesShareTheirPeriod(figures, text);
  inheritConcepts(
    figures,
    text,
    contexts.map((c) => c.start),
    language,
  );
  voteRoles(
    figures,
    text,
    contexts.map((c) => c.start),
  );
  ministryBackReferences(figures, text);
  sameSourceBackReferences(figures);
  creditFromText(figures);
  enumerationNames(
    figures,
    language,
    contexts.map((c) => c.start),
  );
  electionHolders(
    figures,
    language,
    contexts.map((c) => c.start),
  );
  markBreakdowns(figures);

  const claims: Claim[] = [];
  for (const ctx of contexts) {
    if (ctx.figures.length === 0 && !ctx.attributed) continue;
    const firstFigure = ctx.figures.length ? figures[ctx.figures[0]!] : undefined;
    claims.push({
      sentence: ctx.text,
      sentenceIndex: ctx.index,
      start: ctx.start,
      end: ctx.end,
      subject: firstFigure?.counted ?? ctx.source,
      statement: statementOf(ctx.text, ctx.attributions[0] ?? null),
      source: ctx.source,
      sourceKey: ctx.source ? sourceKey(ctx.source) : null,
      figures: ctx.figures,
    });
  }
  return { language, figures, claims };
}

/** Currencies international outlets restate local sums in. */
const WIDELY_REPORTED = new Set(['USD', 'EUR']);

/** What stands between an amount and its conversion: "$400m (£315m)", "US$400 juta atau sekitar Rp6,3 triliun". */
// Written so that each run of spaces has one reading (no two \s* side by side): linear however wide the gap.
const CONVERSION_GAP =
  /^\s*(?:\(|(?:,\s*)?(?:or|or about|or roughly|i\.e\.|soit|ou|o|oder|cioè|ovvero|atau|alias)\s)(?:\s*(?:about|around|roughly|some|environ|près de|rund|etwa|circa|cerca de|unos|unas|aproximadamente|sekitar|kurang lebih))?\s*$/iu;

/**
 * An amount restated in another currency right after it is the same amount, not a second figure: "400 millions de
 * dollars (environ 380 millions d'euros)". Outlets convert for their readers; comparing the conversion would report
 * an exchange rate. A local sum restated in dollars or euros stays: "346 billion shillings ($2.7 billion)" is the
 * sum other outlets report in dollars alone.
 */
function isConversion(before: NumberReading, r: NumberReading, text: string): boolean {
  if (!before.money || !r.money || before.unit === r.unit || r.start < before.end) return false;
  if (WIDELY_REPORTED.has(r.unit ?? '') && !WIDELY_REPORTED.has(before.unit ?? '')) return false;
  return CONVERSION_GAP.test(text.slice(before.end, r.start));
}

/** A subheading or caption: a short line with no closing punctuation ("Bis zu 15.000 Mann", "Up to 15,000 more"). */
function isHeading(sentence: string): boolean {
  return !/[.!?…:;"”»)]\s*$/u.test(sentence) && sentence.trim().split(/\s+/).length <= 10;
}

/**
 * A subheading sums up the paragraph under it, which says whose figure it is and whether it is a projection:
 * "Bis zu 15.000 Mann" over "Ponomarenko hält eine Aufstockung auf 15.000 Soldaten für möglich" is Ponomarenko's
 * projection, not a fact stated by no one. The first figure of the same value and category in the next three
 * sentences lends the heading's figure its projection, and its source and place where the heading has none.
 */
function headingsTakeTheirParagraph(figures: Figure[]): void {
  for (let i = 0; i < figures.length; i++) {
    const heading = figures[i]!;
    if (!isHeading(heading.sentence)) continue;
    for (let k = i + 1; k < figures.length; k++) {
      const body = figures[k]!;
      if (body.sentenceIndex - heading.sentenceIndex > 3) break;
      if (body.sentenceIndex === heading.sentenceIndex || isHeading(body.sentence)) continue;
      if (body.value !== heading.value || body.category !== heading.category) continue;
      heading.projection = body.projection;
      heading.source = heading.source ?? body.source;
      heading.location = heading.location ?? body.location;
      break;
    }
  }
}

const SCALED =
  /million|milliard|billion|millón|millon|milhão|milhõ|milione|milioni|miliard|juta|miliar|\d\s?(?:bn|mn|m)(?![\p{L}])/iu;

/** Whether a number's counted words start with a noun, not a preposition ("2,3 millones para la obra"). */
function countsOwnNoun(counted: string | null): boolean {
  const first = counted
    ? foldText(counted)
        .split(/[^\p{L}]+/u)
        .find((w) => w.length > 0)
    : undefined;
  return first !== undefined && first.length >= 3 && !LINKING_WORDS.has(first);
}

/** Prepositions and articles a scaled amount's own words may start with, in the seven languages. Folded. */
const LINKING_WORDS = new Set(
  (
    'for the and from this that each per pour les des aux par fur und der die das den von pro para los las por con ' +
    'del uma dos das com gli dei della untuk dan dari yang'
  ).split(' '),
);

/** "1,5 millones de euros y 2,3 millones": an amount with a scale word after money in the same sentence is money too. */
function carryCurrency(figure: Figure, earlier: Figure[], ctx: SentenceContext): void {
  if (figure.category !== 'other' || figure.unit !== null || !SCALED.test(figure.text)) return;
  // "71 trilhões de rúpias … e já atende 82,9 milhões de pessoas": a number with a noun of its own counts that.
  if (countsOwnNoun(figure.counted)) return;
  for (let k = ctx.figures.length - 1; k >= 0; k--) {
    const e = earlier[ctx.figures[k]!]!;
    if (e.category === 'money') {
      figure.category = 'money';
      figure.unit = e.unit;
      figure.counted = null;
      return;
    }
  }
}

/**
 * A sentence that is only a credit ("Das teilte die Behörde am Samstag mit.", "Así lo informó el ministerio.") credits
 * the sentence before it in its paragraph, where that one names no source of its own.
 */
function lendCreditsBack(contexts: SentenceContext[], text: string): void {
  for (let i = 1; i < contexts.length; i++) {
    const before = contexts[i - 1]!;
    const credit = creditAfter(contexts[i]!.text);
    if (
      credit?.start !== 0 ||
      before.attributions.length > 0 ||
      text.slice(before.end, contexts[i]!.start).includes('\n')
    )
      continue;
    before.attributions.push({ ...credit, start: before.text.length, end: before.text.length });
    before.source = credit.source;
    before.attributed = true;
  }
}

/**
 * What a sentence states without who states it: "About 11,000 troops are in Kursk, the spy agency said." states
 * "About 11,000 troops are in Kursk."; "Seoul says Pyongyang has sent troops." states "Pyongyang has sent troops."
 */
function statementOf(sentence: string, attribution: Attribution | null): string {
  if (!attribution) return sentence;
  const before = sentence.slice(0, attribution.start).replace(/(?<![\s,;:])[\s,;:]+$/, '');
  const after = sentence
    .slice(attribution.end)
    .replace(/^[\s,;:]+/, '')
    .replace(/^(?:that|que|dass|che|bahwa)\s+/iu, '');
  const joined = before && after && !/^[.!?]/.test(after) ? `${before}, ${after}` : `${before}${after}`;
  const statement = joined.trim();
  if (statement.length < 3) return sentence;
  return statement.charAt(0).toUpperCase() + statement.slice(1);
}

/** "one analyst", "one of the largest": the word "one" as a determiner or pronoun, not a count worth comparing. */
const ONE_WORDS = new Set(['one', 'un', 'une', 'uno', 'una', 'um', 'uma', 'ein', 'eine', 'satu']);
function isDeterminerOne(r: NumberReading, text: string): boolean {
  if (!ONE_WORDS.has(r.text.toLowerCase())) return false;
  return /^\s+(?:of\s|\p{Ll})/u.test(text.slice(r.end, r.end + 6));
}

/** "that number", "ce chiffre", "diese Zahl": a figure that restates what an earlier one counted. */
const ANAPHORA =
  /(?<![\p{L}])(?:that|the|this|a similar|the same)\s+(?:number|figure|estimate|total|tally|count)|(?:ce|le même)\s+(?:nombre|chiffre)|diese\s+Zahl|(?:esa|esta)\s+cifra|(?:ese|este|esse|este)\s+número|questo\s+numero|(?:jumlah|angka)\s+(?:itu|tersebut)/iu;

const OF_THEM_AFTER =
  /^\s+(?:of them|von ihnen|d['’]entre eux|de ellos|de ellas|deles|delas|di loro|di antaranya|dari mereka)(?![\p{L}])/iu;

/** "The number of troops could rise to 15,000": the clause's subject says what the figure counts. */
const GROWTH =
  /(?<![\p{L}])(?:grow|grew|grown|rise|rose|risen|increase|increased|climb|climbed|reach|reached|swell|swelled|total|totalled|totaled|steigen|stieg|wachsen|augmenter|atteindre|grimper|aumentar|llegar|crecer|chegar|subir|crescere|salire|arrivare|naik|bertambah|mencapai)(?![\p{L}])/iu;

function subjectOfGrowth(before: string, lang: string): FigureCategory | null {
  const clause = before.split(/[;:]|,(?!\d)/).pop() ?? '';
  if (!GROWTH.test(clause)) return null;
  let found: FigureCategory | null = null;
  for (const w of clause.toLowerCase().split(/[^\p{L}-]+/u)) {
    const c = w ? categoryOfWord(w, lang) : null;
    if (c) found = c;
  }
  return found;
}

/** Fighting is done by personnel: "2,000 of them have seen combat", "2 000 d'entre eux ont combattu". */
const COMBAT_AFTER = /^[^,;.]{0,60}?(?:combat|fight|fought|kämpf|combatt|combatir|combater|bertempur|tempur)/iu;

/** The category the counted noun itself names ("soldiers" is personnel even where they were killed). */
function nounCategory(counted: string | null, lang: string): FigureCategory | null {
  if (!counted) return null;
  for (const w of counted.toLowerCase().split(/[\s']+/)) {
    const c = categoryOfWord(w, lang);
    if (c) return c;
  }
  return null;
}

/**
 * A figure without its own noun takes what an earlier figure counted: "that number", "11,000 of them", and the
 * elided noun of a comparison or list in the same sentence ("10,000 shells a day, compared with 2,000").
 */
function resolveAnaphora(figure: Figure, before: string, after: string, earlier: Figure[], lang: string): void {
  const ofThem = OF_THEM_AFTER.test(after);
  const anaphoric = ANAPHORA.test(before) || ofThem;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]!;
    if (figure.sentenceIndex - e.sentenceIndex > (anaphoric ? 3 : 0)) break;
    // "11 miners were in hospital, eight of them …": "them" is the count just before, whatever it counts.
    const countJustBefore = e.sentenceIndex === figure.sentenceIndex && e.category === 'other' && e.unit === null;
    if (anaphoric && countJustBefore && e.counted) {
      figure.counted = e.counted;
      figure.location = figure.location ?? e.location;
      return;
    }
    if (e.category !== 'other' && e.category !== 'money' && e.category !== 'duration') {
      figure.category = nounCategory(e.counted, lang) ?? e.category;
      if (anaphoric) figure.counted = e.counted;
      figure.location = figure.location ?? e.location;
      return;
    }
  }
  if (ofThem && COMBAT_AFTER.test(after)) figure.category = 'personnel';
}

function toFigure(r: NumberReading, text: string, ctx: SentenceContext, lang: string): Figure {
  let { counted, category: nounCategory } = countedAfter(text, r.end, lang);
  if (OF_THEM_AFTER.test(text.slice(r.end, r.end + 20))) counted = null;
  if (!nounCategory && !counted) ({ counted, category: nounCategory } = countedBefore(text, r.start, lang));
  if (!nounCategory && !counted && r.unit === null) {
    nounCategory = subjectOfGrowth(text.slice(ctx.start, r.start) + r.text, lang);
  }
  let category: FigureCategory;
  if (r.money) category = 'money';
  else if (r.unit && TIME_UNITS.has(r.unit)) category = 'duration';
  else if (isMeasure(r.unit)) category = 'other';
  else category = nounCategory ?? 'other';
  if (category === 'personnel' || (category === 'other' && r.unit === null)) {
    const before = text.slice(Math.max(ctx.start, r.start - 50), r.start);
    const countedEnd = counted ? text.indexOf(counted, r.end) + counted.length : r.end;
    const after = text.slice(countedEnd, Math.min(ctx.end, countedEnd + 80));
    if (CASUALTY_BEFORE.test(before) || CASUALTY_AFTER.test(after)) category = 'casualties';
  }
  const inSentence = r.start - ctx.start;
  return {
    text: r.text,
    start: r.start,
    end: r.end,
    sentence: ctx.text,
    sentenceIndex: ctx.index,
    value: r.value,
    low: r.low,
    high: r.high,
    qualifier: r.qualifier,
    category,
    unit: r.unit && (r.money || TIME_UNITS.has(r.unit) || isMeasure(r.unit)) ? r.unit : null,
    counted: category === 'money' || category === 'duration' || isMeasure(r.unit) ? null : counted,
    location: placeFor(ctx.places, inSentence, statementSpan(ctx.text, lang, inSentence)),
    source: attributionFor(ctx.attributions, inSentence, ctx.text)?.source ?? null,
    projection: isProjection(ctx.text, inSentence, r.end - ctx.start, lang),
    time: ctx.time,
    confidence: Math.min(r.confidence, r.qualifier === 'vague' ? 0.7 : 1),
    change: r.change,
    meaning: null,
  };
}
