import type { FigureCategory } from '@parallax/shared';
import { foldedWords } from './fold-text.js';
import { createLexicon, distinctConcepts } from './lexicon.js';
import { onlyNamesTerritories } from './territory.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * What a figure counts, one name per thing whatever the language or synonym: troops, soldiers,
 * personnel, servicemen and boots on the ground are all "troops". Aliases are folded (see foldText);
 * a trailing `*` covers inflections.
 */
const countedThings = createLexicon({
  troops: [
    'troop*',
    'soldier*',
    'personnel',
    'servicem*n',
    'service members',
    'servicemember*',
    'boots',
    'fighter*',
    'forces',
    'men',
    'mann',
    'hommes',
    'hombres',
    'homens',
    'uomini',
    'force',
    'contingent*',
    'kontingent*',
    'militaire*',
    'militar*',
    'soldat*',
    'troupe*',
    'combattant*',
    'truppe*',
    'kampfer*',
    'streitkraft*',
    'soldad*',
    'tropa*',
    'efectivo*',
    'combatiente*',
    'tentara',
    'pasukan',
    'prajurit',
    'personel',
    'serdadu',
    'soldati',
    'militari',
  ],
  workers: [
    'worker*',
    'labourer*',
    'laborer*',
    'travailleur*',
    'ouvrier*',
    'arbeiter*',
    'trabajador*',
    'pekerja',
    'buruh',
  ],
  containers: [
    'container*',
    'conteneur*',
    'contenedor*',
    'conteiner*',
    'conteineres',
    'contentor*',
    'contêiner*',
    'kontainer',
    'peti kemas',
  ],
  munitions: [
    'munition*',
    'ammunition',
    'ammo',
    'shell*',
    'rounds',
    'obus',
    'granate*',
    'municion*',
    'municoes',
    'municao',
    'munisi',
    'amunisi',
    'peluru',
    'proyectil*',
    'projectile*',
  ],
  missiles: ['missile*', 'rakete*', 'misil*', 'missil*', 'rudal'],
  howitzers: ['howitzer*', 'obusier*', 'haubitze*', 'obuses', 'obuse*', 'howitzer'],
  launchers: ['launcher*', 'lance roquette*', 'raketenwerfer*', 'lanzacohete*', 'lancador*', 'peluncur*'],
  drones: ['drone*', 'dron*', 'pesawat nirawak'],
  tanks: ['tank*', 'chars', 'char', 'panzer*', 'tanque*'],
  killed: [
    'killed',
    'dead',
    'deaths',
    'tues',
    'morts',
    'tote*',
    'getotet*',
    'muertos',
    'fallecidos',
    'tewas',
    'meninggal',
  ],
  wounded: ['wounded', 'injured', 'blesses', 'verwundet*', 'verletzt*', 'heridos', 'feridos', 'terluka', 'luka'],
  captured: ['captured', 'prisoner*', 'prisonnier*', 'gefangen*', 'capturados', 'prisionero*', 'ditawan', 'tawanan'],
  casualties: ['casualties', 'losses', 'pertes', 'verluste*', 'bajas', 'perdidas', 'korban'],
  displaced: [
    'displaced',
    'evacuated',
    'deplace*',
    'evacue*',
    'vertrieben*',
    'evakuiert*',
    'desplazad*',
    'evacuad*',
    'mengungsi',
    'pengungsi',
    'dievakuasi',
  ],
  people: ['people', 'persons', 'personnes', 'menschen', 'personas', 'pessoas', 'orang', 'warga'],
});

/** The figure category each known counted thing belongs to. */
export const CATEGORY_OF_THING: Readonly<Record<string, FigureCategory>> = {
  troops: 'personnel',
  containers: 'munitions',
  munitions: 'munitions',
  missiles: 'equipment',
  howitzers: 'equipment',
  launchers: 'equipment',
  drones: 'equipment',
  tanks: 'equipment',
  killed: 'casualties',
  wounded: 'casualties',
  captured: 'casualties',
  casualties: 'casualties',
};

/**
 * Things that win when named with others: a measure over what it holds ("containers of munitions"),
 * what befell people over who they are ("soldiers killed" are casualties).
 */
const PRECEDENCE = ['containers', 'killed', 'wounded', 'captured', 'casualties'];

/**
 * The counted thing of a figure's noun phrase, or the phrase's last word when the lexicon does not know
 * it; null when the phrase names only a people ("North Koreans"), which says who but not what.
 */
export function countedThing(counted: string | null, vocabulary: Vocabulary): string | null {
  if (!counted) return null;
  const folded = foldedWords(counted);
  if (onlyNamesTerritories(folded, vocabulary)) return null;
  const concepts = countedThings.allIn(folded);
  const first = PRECEDENCE.find((m) => concepts.includes(m));
  if (first) return first;
  if (concepts[0]) return concepts[0];
  const words = counted.toLowerCase().match(/[\p{L}]+/gu);
  const last = words?.[words.length - 1];
  return last ? last.replace(/(?<=\p{L}{3})s$/u, '') : null;
}

/**
 * Words that name a counted thing only where a number's own noun phrase uses them: elsewhere in a
 * sentence they are mostly something else ("the typhoon forces 11,000 from their homes").
 */
const AMBIGUOUS_WORDS = new Set([
  'force',
  'forces',
  'men',
  'mann',
  'hommes',
  'hombres',
  'homens',
  'uomini',
  'boots',
  'rounds',
  'char',
  'chars',
  'luka',
]);

/** Every counted thing folded words of running text name, leaving out words that are mostly something else. */
export function countedThingsIn(words: readonly string[]): string[] {
  const matches = countedThings.find(words);
  if (matches.length === 0) return [];
  return distinctConcepts(matches.filter((m) => !(m.end - m.start === 1 && AMBIGUOUS_WORDS.has(words[m.start]!))));
}
