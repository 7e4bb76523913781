import { describe, expect, it } from 'vitest';
import { analyseText, suggestVocabulary } from '../src/compare/index.js';

const FLOODS = `Floods in Valencia kill 214, Spain's government says

At least 214 people have died in the floods that hit eastern Spain, the government said on Friday. In Valencia, 89 people are still missing, according to the regional emergency service CECOPI. Prime Minister Pedro Sánchez said 7,500 soldiers would be deployed. "We have 1,900 people in shelters," said Carlos Mazón, head of the regional government. Officials said 3,000 homes were without power in the town of Paiporta. Mazón said 40 roads were still closed.`;

const PROTESTE = `Sciopero generale: 200 mila in piazza secondo la Cgil, 40 mila per la Questura

Lo sciopero generale ha portato in piazza 200 mila persone in tutta Italia, secondo la Cgil. A Bologna hanno sfilato 40 mila manifestanti, secondo la Questura. Nella città di Torino i manifestanti erano 12 mila, ha detto Maurizio Landini. Secondo fonti, 300 treni sono stati cancellati.`;

const names = (entries: readonly { name: string }[]) => entries.map((e) => e.name);

describe('places and authorities suggested from a reference', () => {
  it('reads an English story’s places after prepositions and its country, and the names its figures credit', () => {
    const suggested = suggestVocabulary(analyseText(FLOODS, { language: 'en' }));
    expect(names(suggested.places)).toEqual(['Spain', 'Valencia', 'Paiporta']);
    // A country comes with its names in the other languages, so articles in any of them name the same place.
    expect(suggested.places[0]!.aliases).toEqual(expect.arrayContaining(['Espagne', 'España', 'Spanien']));
    // "the government", "Officials" and the title before a name credit no one in particular.
    expect(names(suggested.authorities)).toEqual(['Carlos Mazón', 'CECOPI', 'Pedro Sánchez']);
    // One person credited by full name and by surname is one authority, the shorter name an alias.
    expect(suggested.authorities[0]).toMatchObject({ key: 'carlos mazon', aliases: ['Mazón'] });
    expect(suggested.authorities.map((a) => a.mentions)).toEqual([4, 2, 2]);
  });

  it('reads an Italian story the same way: places after "a", "nella città di", names of bodies and people', () => {
    const suggested = suggestVocabulary(analyseText(PROTESTE, { language: 'it' }));
    expect(names(suggested.places)).toEqual(['Italia', 'Bologna', 'Torino']);
    // The union and the police are kinds of authority every story knows; "fonti" is nobody in particular.
    expect(names(suggested.authorities)).toEqual(['Maurizio Landini']);
  });

  it('takes a place named with and without its kind as one, and no authority after a preposition as a place', () => {
    const banjir = suggestVocabulary(
      analyseText(
        'Sebanyak 20.000 warga mengungsi akibat banjir di Kabupaten Demak, kata BNPB. Menurut Abdul Muhari, 88 desa terendam di Demak.',
        { language: 'id' },
      ),
    );
    expect(banjir.places).toMatchObject([{ name: 'Demak', aliases: ['Kabupaten Demak'], mentions: 2 }]);
    const enchentes = suggestVocabulary(
      analyseText('Em Porto Alegre, 80 mil pessoas estão desalojadas, segundo a Defesa Civil.', { language: 'pt' }),
    );
    expect(names(enchentes.places)).toEqual(['Porto Alegre']);
  });

  it('in German, takes no capitalised noun or opening article for a name', () => {
    const brand = suggestVocabulary(
      analyseText(
        'Bei dem Brand in Köln wurden 12 Menschen verletzt, sagte ein Sprecher der Stadtverwaltung. Die Feuerwehr meldete 40 Verletzte, sagte Henriette Reker.',
        { language: 'de' },
      ),
    );
    expect(names(brand.places)).toEqual(['Köln']);
    expect(names(brand.authorities)).toEqual(['Henriette Reker']);
  });

  it('leaves out what the story’s settings already hold, by name or alias, whatever the spelling', () => {
    const suggested = suggestVocabulary(analyseText(FLOODS, { language: 'en' }), {
      places: [{ name: 'València', aliases: ['Valence'] }, { name: 'España' }],
      authorities: [{ name: 'Mazon' }, { name: 'Emergency committee', aliases: ['cecopi'] }],
    });
    expect(names(suggested.places)).toEqual(['Paiporta']);
    expect(names(suggested.authorities)).toEqual(['Pedro Sánchez']);
  });

  it('suggests nothing from a text that names no place and credits no one', () => {
    const suggested = suggestVocabulary(analyseText('About 300 people were hurt, officials said.', { language: 'en' }));
    expect(suggested).toEqual({ places: [], authorities: [] });
  });
});
