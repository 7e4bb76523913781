import { foldedWords } from './fold-text.js';
import { createLexicon } from './lexicon.js';

/**
 * Diseases news counts cases and deaths of, by their names in the seven languages, folded; a trailing `*` covers
 * endings. General vocabulary: an outbreak story names its disease, and an article about another disease in the
 * same country, the same hospitals and the same ministry ("Uganda declares its Ebola outbreak over" beside a story of
 * mpox) is another story, however many of its words it shares.
 */
export const DISEASES: Readonly<Record<string, readonly string[]>> = {
  cholera: ['cholera*', 'colera', 'kolera'],
  mpox: [
    'mpox',
    'monkeypox',
    'variole du singe',
    'affenpocken',
    'viruela del mono',
    'viruela simica',
    'variola dos macacos',
    'vaiolo delle scimmie',
    'cacar monyet',
  ],
  ebola: ['ebola*'],
  marburg: ['marburg', 'marburgvirus', 'marburg-virus'],
  measles: ['measles', 'rougeole', 'masern*', 'sarampion', 'sarampo', 'morbillo', 'campak'],
  dengue: ['dengue*', 'demam berdarah'],
  malaria: ['malaria*', 'paludisme', 'paludismo'],
  polio: ['polio', 'poliomyelitis', 'poliomyelite', 'poliomielitis', 'poliomielite', 'kinderlahmung*'],
  diphtheria: ['diphtheria', 'diphterie', 'diphtherie*', 'difteria', 'difterite', 'difteri'],
  anthrax: ['anthrax', 'charbon bacteridien', 'milzbrand*', 'antrax', 'carbunco', 'carbunculo', 'antraz', 'antrace'],
  meningitis: ['meningitis', 'meningite', 'meningitidis', 'meningokok*'],
  chikungunya: ['chikungunya'],
  yellow_fever: [
    'yellow fever',
    'fievre jaune',
    'gelbfieber*',
    'fiebre amarilla',
    'febre amarela',
    'febbre gialla',
    'demam kuning',
  ],
  covid: ['covid', 'covid-19', 'coronavirus', 'sars-cov-2'],
  bird_flu: [
    'h5n1',
    'bird flu',
    'avian influenza',
    'grippe aviaire',
    'vogelgrippe*',
    'gripe aviar',
    'influenza aviaria',
    'flu burung',
  ],
  lassa: ['lassa'],
  nipah: ['nipah'],
  zika: ['zika'],
  oropouche: ['oropouche'],
  pertussis: ['pertussis', 'whooping cough', 'coqueluche', 'keuchhusten*', 'tos ferina', 'pertosse', 'batuk rejan'],
  hepatitis: ['hepatitis', 'hepatite', 'hepatitis a', 'hepatite a'],
  legionnaires: ['legionella', 'legionnaires', 'legionellose', 'legionelosis', 'legionellosi', 'legionelose'],
  rift_valley_fever: ['rift valley', 'vallee du rift', 'rift-valley', 'valle del rift', 'vale do rift', 'lembah rift'],
  typhoid: ['typhoid', 'typhoide', 'typhus', 'tifoidea', 'tifoide', 'tifo', 'tifus'],
};

const lexicon = createLexicon(DISEASES);

/** The disease one folded word names ("rougeole", "masern", "campak" are measles), or null. */
export function diseaseOfWord(word: string): string | null {
  return lexicon.firstIn([word]);
}

/** The diseases a text names. */
export function diseasesIn(text: string): Set<string> {
  return new Set(lexicon.find(foldedWords(text)).map((m) => m.concept));
}

/**
 * Whether an article names only diseases the reference does not (`own`, read once with the story's terms), while the
 * reference names one: another outbreak's
 * story. An article that names the reference's disease too, or none, may be the story.
 */
export function aboutAnotherDisease(own: ReadonlySet<string>, articleText: string): boolean {
  if (own.size === 0) return false;
  const named = diseasesIn(articleText);
  return named.size > 0 && ![...named].some((d) => own.has(d));
}
