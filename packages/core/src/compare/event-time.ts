import type { Figure } from '@parallax/shared';
import type { AnalysedText } from './analysed-text.js';
import { DAY_MS, type DateMention, dateMentions } from '../figures/meaning/as-of.js';
import { saysItHappensAgain } from './repeated-event.js';
import { NATIONWIDE } from '../figures/meaning/part-of-whole.js';
import { meaningOf } from '../figures/meaning/read-meaning.js';
import type { SentenceReading } from './text-reading.js';

/**
 * Whether an article reports an event of another time than the reference's story, whatever names and
 * numbers it shares: a country's earlier election names the same president and capital, a port blast four
 * years before names the same city, a volcano's earlier eruption the same volcano. Two signs tell it:
 * - it was published half a year or more after the reference and restates fewer than two of its figures (the
 *   same actors, another moment: a company's next round of cuts, a country's next election), or two months or
 *   more before it (what had happened by then). A story that runs for years (a plan of cuts to 2028, a
 *   rebuilding's cost) is followed half a year on by articles that retell its figures ("on top of the 7,000 to
 *   9,000 cuts announced a year ago"), which another moment of the same actors does not;
 * - it was published two months or more after the reference, and its headline says the event happens again;
 * - it was published three weeks or more after the reference, and its headline gives fewer dead than the
 *   reference's headline does (a toll only rises: "nine dead" a month after "at least 34 dead" is another event's);
 * - its headline or lead dates what it reports (a day or a month, with its year) two months or more before the
 *   reference, and dates nothing nearer ("the eruption on 3 December 2023", "l'esplosione del 4 agosto 2020").
 *   A date with no year is mostly the story's own day resolved against the publication, not another time.
 */
export function isOtherTime(
  reference: AnalysedText,
  article: AnalysedText,
  passages: readonly SentenceReading[],
  storyValues: number,
): boolean {
  const referenceTime = timeOf(reference.published);
  if (referenceTime === null) return false;
  const articleTime = timeOf(article.published);
  const farLater = articleTime !== null && articleTime - referenceTime > FAR_DAYS * DAY_MS;
  if (farLater && storyValues < STORY_RETOLD) return true;
  // An article out two months before the reference reports what happened by then, an earlier event.
  if (articleTime !== null && referenceTime - articleTime > EARLIER_DAYS * DAY_MS) return true;
  // Two months on, a headline saying the event happens again ("march again", "second attack") reports the next one.
  if (articleTime !== null && articleTime - referenceTime > EARLIER_DAYS * DAY_MS && saysAgain(passages)) return true;
  // Weeks on, a headline giving fewer dead than the reference's headline reports another event: a toll only rises.
  if (articleTime !== null && articleTime - referenceTime > TOLL_WEEKS_DAYS * DAY_MS && fewerDead(reference, article))
    return true;
  return leadDatesEarlierEvent(passages, article.published ?? null, referenceTime);
}

/** Days after the reference from which a headline's smaller toll of the dead is another event's, not an early bulletin. */
const TOLL_WEEKS_DAYS = 21;

/**
 * Whether the article's headline gives a toll of the dead below every toll of the same people the reference's headline
 * gives ("nine dead in a drone strike on a bus" a month after "at least 34 dead"), and there is one. Only whole tolls
 * stated as facts: a part ("including two children") or a count since a stretch began is another quantity.
 */
function fewerDead(reference: AnalysedText, article: AnalysedText): boolean {
  const referenceTolls = headlineTolls(reference);
  let lower = 0;
  for (const toll of headlineTolls(article)) {
    const same = referenceTolls.filter((r) => meaningOf(r).concept === meaningOf(toll).concept);
    if (same.length === 0) continue;
    if (same.some((r) => (toll.high ?? toll.value!) >= (r.low ?? r.value!))) return false;
    lower++;
  }
  return lower > 0;
}

/** The tolls of the dead a text's headline (its first passage) gives as whole counts. */
function headlineTolls(text: AnalysedText): Figure[] {
  return text.figures.filter((f) => {
    if (f.sentenceIndex !== 0 || f.value === null) return false;
    const m = meaningOf(f);
    return (
      m.measure === 'count' &&
      m.role === 'killed' &&
      !m.part &&
      m.modality === 'fact' &&
      !m.within?.some((limit) => limit !== NATIONWIDE)
    );
  });
}

/** Days after the reference beyond which an article reports another moment, unless it retells the story's figures. */
const FAR_DAYS = 180;
/** The story's figures a far later article restates to be still following the story. */
const STORY_RETOLD = 2;
/** Days before the reference from which a dated event is an earlier one, not the story's (a story runs weeks). */
const EARLIER_DAYS = 60;
/** Passages (the headline first) that say when the article's event happened. */
const LEAD_PASSAGES = 2;
/** Length of a date of a month ("2023-12") or finer: a year alone is often a comparison's ("the worst since 2004"). */
const MONTH_DATE = 7;

function saysAgain(passages: readonly SentenceReading[]): boolean {
  const headline = passages[0];
  return headline !== undefined && saysItHappensAgain(headline.words);
}

function timeOf(published: string | null | undefined): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isNaN(t) ? null : t;
}

/** Whether the lead's dates of events (see datesAnEvent) all lie two months or more before the reference, and there is one. */
function leadDatesEarlierEvent(
  passages: readonly SentenceReading[],
  published: string | null,
  referenceTime: number,
): boolean {
  let earlier = 0;
  for (const passage of passages.slice(0, LEAD_PASSAGES)) {
    for (const mention of dateMentions(passage.words, passage.text, published)) {
      if (mention.day.length < MONTH_DATE || !datesAnEvent(passage.words, mention)) continue;
      const day = Date.parse(mention.day.length === MONTH_DATE ? `${mention.day}-01` : mention.day.slice(0, 10));
      if (Number.isNaN(day)) continue;
      if (referenceTime - day < EARLIER_DAYS * DAY_MS) return false;
      earlier++;
    }
  }
  return earlier > 0;
}

/**
 * Whether a date, with its year written, dates an event rather than opening a span of time ("since January 2024,
 * 300 cases", which the story's count may end). A month with no day is read only where its word is no short
 * form: "mar" is March and the sea ("pelo mar em 2023").
 */
function datesAnEvent(words: readonly string[], mention: DateMention): boolean {
  if (words.slice(Math.max(0, mention.at - SPAN_REACH), mention.at).some((w) => SINCE.has(w))) return false;
  if (!words.slice(mention.at + 1, mention.at + 3).some((w) => YEAR.test(w))) return false;
  return mention.day.length > MONTH_DATE || (words[mention.at]?.length ?? 0) > SHORT_MONTH;
}

/** Words before a month that a span's opening reaches over ("desde el 7 de octubre"). */
const SPAN_REACH = 4;
/** A year as written: four digits from 1900. */
const YEAR = /^(?:19|20)\d\d$/;
/** Letters of a month's short form ("mar", "dec"). */
const SHORT_MONTH = 3;

/** Words opening a span of time rather than dating an event, in the seven languages. Folded. */
const SINCE = new Set(
  'since from until depuis jusqu seit bis desde hasta ate dal dalla fino sejak hingga sampai'.split(' '),
);
