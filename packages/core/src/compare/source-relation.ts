// Whether two figures are credited to one authority: the judgement's question of who says so, asked of the meanings the
// extraction stored (authority kinds, names as written) and of the story's vocabulary.
import type { Figure } from '@parallax/shared';
import { foldedWords } from './fold-text.js';
import { isAuthorityKind, meaningOf } from '../figures/meaning/read-meaning.js';
import {
  authorityMentions,
  figureAuthority,
  namesOnlyItsKind,
  oneUnitedNationsBody,
  sameAuthority,
} from './authority.js';
import type { Vocabulary } from './vocabulary.js';

/** The authorities a text credits any of its figures to, as the meaning reads them, and the sentences it does so in. */
export interface TextCredits {
  authorities: ReadonlySet<string>;
  sentences: ReadonlySet<number>;
}

/**
 * Whether the two figures are credited alike, as a misreport needs them to be when their digits do not explain the
 * difference: both credited or both not (a source the extraction read, "officials said", of a kind known or not), or
 * one credited to the body the other's text credits its figures to, or names in its sentence.
 */
export function creditedAlike(
  reference: Figure,
  article: Figure,
  texts: { vocabulary: Vocabulary; referenceCredits?: TextCredits; articleCredits?: TextCredits },
): boolean {
  const credited = (f: Figure) =>
    f.source !== null || figureAuthority(f, texts.vocabulary) !== null || meaningOf(f).authority !== null;
  return (
    credited(reference) === credited(article) ||
    namesOthersAuthority(article, reference) ||
    namesOthersAuthority(reference, article) ||
    creditsOtherSidesSource(reference, article, texts.referenceCredits) ||
    creditsOtherSidesSource(article, reference, texts.articleCredits)
  );
}

/** Whether a one-word name is a word of the other name cut short ("met" of "policia metropolitana"). */
function clippedName(short: string, long: string): boolean {
  if (short.includes(' ') || short.length < 3) return false;
  return long.split(' ').some((word) => word.length > short.length && word.startsWith(short));
}

/**
 * "Dinas Keamanan Federal Rusia (FSB) menahan 14 orang" against "l'Fsb ha annunciato il fermo di 11 persone": a
 * figure its text credits to no one, in a sentence that names the other figure's authority by a word of its name
 * (not a kind), is that authority's count as the other is.
 */
function namesOthersAuthority(uncredited: Figure, credited: Figure): boolean {
  const { authority } = meaningOf(credited);
  if (uncredited.source !== null || meaningOf(uncredited).authority !== null) return false;
  if (authority === null || isAuthorityKind(authority)) return false;
  const words = authority.split(' ').filter((w) => w.length > 2);
  // "TCS" names "Tata Consultancy Services" by its initials.
  const initials = words.map((w) => w[0]).join('');
  return meaningOf(uncredited).names.some((name) => words.includes(name) || (name.length > 1 && name === initials));
}

/**
 * A figure credited to an authority the other text credits its other figures to, against that text's figure it
 * credits to no one: the other text tells that body's official count without repeating the credit ("92.47 %",
 * "95.81 %, according to the electoral authority"). Either way round, so the comparison is symmetric. Not a
 * company's: a company is the source of every figure of its own story (each region's sales, each quarter's
 * results), so its credit tells none of them apart.
 */
function creditsOtherSidesSource(uncredited: Figure, credited: Figure, side: TextCredits | undefined): boolean {
  const credit = meaningOf(credited).authority;
  if (credit === null || credit === COMPANY || side === undefined) return false;
  if (uncredited.source !== null || meaningOf(uncredited).authority !== null) return false;
  // "The ministry monitored 14 warships and 12 other ships": a figure beside one its sentence credits shares that
  // credit, though it was not read for it.
  return side.authorities.has(credit) && !side.sentences.has(uncredited.sentenceIndex);
}

export type SourceRelation = 'same' | 'different' | 'uncertain';

/** The kind of authority a company's own statements are credited to (see AUTHORITY_KINDS). */
const COMPANY = 'company';

/** The kind of authority whose figures are estimates from a sample (see AUTHORITY_KINDS). */
const POLLSTERS = 'pollsters';
/**
 * The opposition, a side in what it counts: its count is its own, not the named body's of the other figure. A
 * march's organisers or a strike's union are not so: the other figure's body may be them under their own name.
 */
const OPPOSITION = 'opposition';

/**
 * Whether the article credits its figure to the reference figure's authority. An uncredited article
 * figure restates the reference's. The story's own authorities (its vocabulary) are tried first, then
 * the kinds of authority the extraction read ("police", "union"); two names of no known kind that
 * differ ("its ambassador", "Yoon Yeo-cheol") may be one person: uncertain.
 */
export function sourceRelation(reference: Figure, article: Figure, vocabulary: Vocabulary): SourceRelation {
  const artNamed = figureAuthority(article, vocabulary);
  const refNamed = figureAuthority(reference, vocabulary);
  const { authority: artKind, creditedApart } = meaningOf(article);
  const refKind = meaningOf(reference).authority;
  // "The Red Cross separately put the injured at 4,000": a credit the article sets apart is another count.
  const artCredited = artNamed !== null || artKind !== null;
  if (artCredited && artKind !== refKind && creditedApart === true) return 'different';
  // A figure credited to no one restates the other side's, whichever side it is on: the same comparison
  // read either way round finds the same conflicts.
  if ((artNamed === null && artKind === null) || (refNamed === null && refKind === null)) return 'same';
  // A pollster's estimate (a quick count, an exit poll) is another count than any credited body's tally.
  if ((artKind === POLLSTERS) !== (refKind === POLLSTERS)) return 'different';
  if (artNamed !== null && refNamed !== null) {
    // One body of a kind named in two languages ("Zentrale Wahlkommission", "Comissão Eleitoral Central").
    const oneKind = artKind === refKind && artKind !== null && isAuthorityKind(artKind);
    if (oneKind && namesOnlyItsKind(artNamed) && namesOnlyItsKind(refNamed)) return 'same';
    const same =
      sameAuthority(artNamed, refNamed) ||
      // "the Met" and "a Polícia Metropolitana": a body by the short name it goes by.
      clippedName(artNamed, refNamed) ||
      clippedName(refNamed, artNamed) ||
      sourceWritesName(article, refNamed) ||
      sourceWritesName(reference, artNamed) ||
      referenceAuthorityNearer(article, artNamed, refNamed, vocabulary) ||
      referenceAuthorityNearer(reference, refNamed, artNamed, vocabulary);
    return same ? 'same' : 'different';
  }
  if (artKind === null || refKind === null || artKind === refKind || oneNamesTheOther(artKind, refKind)) return 'same';
  // "The UN" for "the UN human rights office": an outlet shortens the name of a body that names itself the UN's.
  if (oneUnitedNationsBody(reference, article)) return 'same';
  // The opposition gives its own count, never another body's.
  if ((artKind === OPPOSITION) !== (refKind === OPPOSITION)) return 'different';
  if (isAuthorityKind(artKind) && isAuthorityKind(refKind)) return 'different';
  // One name written shorter ("PowerOutage.us", "the tracking site PowerOutage.us"): one source.
  return !isAuthorityKind(artKind) && !isAuthorityKind(refKind) && sameAuthority(artKind, refKind)
    ? 'same'
    : 'uncertain';
}

/**
 * Whether a figure's source writes the other side's authority by its own name: "Ruritania's disaster agency RDA" is
 * the "RDA" of the other figure, though the country named first was read as its authority. Ids ("country:xx") are
 * no words of a source.
 */
function sourceWritesName(figure: Figure, name: string): boolean {
  if (figure.source === null || name.includes(':')) return false;
  const words = new Set(foldedWords(figure.source));
  return name.split(' ').every((w) => words.has(w));
}

/** "the tracking site PowerOutage.us" and "PowerOutage.us": one name's words are all in the other's. */
function oneNamesTheOther(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const words = new Set(long.split(' '));
  return short.split(' ').every((w) => words.has(w));
}

/**
 * Whether the article's sentence names the reference's authority nearer the figure than the source it
 * was credited to ("Seoul's agency says 11,000, and Ukraine warns the number could rise to 20,000"):
 * then the figure is not clearly another authority's.
 */
function referenceAuthorityNearer(
  article: Figure,
  artAuthority: string,
  refAuthority: string,
  vocabulary: Vocabulary,
): boolean {
  const figureAt = article.sentence.indexOf(article.text);
  const mentions = authorityMentions(article.sentence, vocabulary);
  const sourceAt = article.source ? article.sentence.indexOf(article.source) : -1;
  const sourceDistance =
    sourceAt >= 0
      ? Math.abs(sourceAt - figureAt)
      : Math.min(...mentions.filter((m) => m.authority === artAuthority).map((m) => Math.abs(m.at - figureAt)));
  return mentions.some((m) => m.authority === refAuthority && Math.abs(m.at - figureAt) < sourceDistance);
}
