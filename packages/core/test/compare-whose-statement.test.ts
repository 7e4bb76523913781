import { describe, expect, it } from 'vitest';
import { analyseText } from '../src/compare/index.js';
import { type ComparedTexts, findingsOf } from './compare-fixtures.js';

const figureOf = (text: string, language: string, value: number) =>
  analyseText(text, { language, published: '2026-03-03T08:00:00Z' }).figures.find((f) => f.value === value);

const conflicts = (found: readonly string[]) => found.some((f) => f.startsWith('conflicts'));

/** Each article, "lang: text", compared with the reference: what it finds. */
const eachFound = (reference: string, articles: readonly string[], texts: Omit<ComparedTexts, 'language'>) =>
  articles.map((a) => findingsOf(reference, a.slice(4), { ...texts, language: a.slice(0, 2) }));

describe('two UN agencies', () => {
  const reference =
    'Storm hits the north\nAccording to UNICEF, some 3.6 million people have been affected by the storm and the floods.';

  it('are two sources, however long the name the article writes out', () => {
    const found = eachFound(
      reference,
      [
        'pt: Tempestade atinge o norte\nJá o Escritório da ONU para Coordenação de Assuntos Humanitários (OCHA) fala em cerca de 2,3 milhões de pessoas afetadas pela tempestade.',
        "fr: La tempête frappe le nord\nSelon l'OCHA, quelque 2,3 millions de personnes ont été touchées par la tempête.",
        'en: Storm hits the north\nThe World Food Programme said some 2.3 million people had been affected by the storm.',
      ],
      {},
    );
    for (const one of found) {
      expect(one.some((f) => f.startsWith('different_source'))).toBe(true);
      expect(conflicts(one)).toBe(false);
    }
  });

  it('leave the same agency a conflict', () => {
    const [found] = eachFound(
      reference,
      ['en: Storm hits the north\nUNICEF said some 2.3 million people had been affected by the storm.'],
      {},
    );
    expect(conflicts(found!)).toBe(true);
  });

  it("holds a UN body's figure against the UN's, not against a government's that disputes it", () => {
    const reference =
      'Unrest in the capital\nAt least 40 people have been killed in the unrest, the UN said on Tuesday. The government disputes the toll and puts the dead at 18.';
    const found = eachFound(
      reference,
      [
        'es: Disturbios en la capital\nLa Oficina de Derechos Humanos de la ONU afirma que al menos 60 personas murieron en los disturbios.',
        "it: Disordini nella capitale\nL'ufficio per i diritti umani delle Nazioni Unite afferma che almeno 60 persone sono state uccise nei disordini.",
      ],
      {},
    );
    expect(found[0]).toContain('conflicts al menos 60');
    expect(found[1]).toContain('conflicts almeno 60');
  });

  it('credits an officer named with his rank and title to the body and country the title names', () => {
    const reference =
      "Strikes hit the border towns\nChad's army spokesman, Brigadier General Issa Mahamat Ali, said 31 civilians had been killed.";
    const spoke = figureOf(reference, 'en', 31);
    expect(spoke?.source).toBe("Chad's army spokesman, Brigadier General Issa Mahamat Ali");
    expect(spoke?.meaning?.authority).toBe('military');
    const [sameArmy, anotherArmy] = eachFound(
      reference,
      [
        'es: Ataques en la frontera\nEl ejército chadiano informó de 81 civiles muertos en los ataques.',
        'es: Ataques en la frontera\nEl ejército de Sudán informó de 81 civiles muertos en los ataques.',
      ],
      {},
    );
    expect(sameArmy).toContain('conflicts 81');
    expect(anotherArmy).toContain('different_source 81');
  });

  it("reads a title of no known kind before a name as the name's", () => {
    const named = figureOf('El fiscal general, Ana Ruiz Soto, informó de 120 detenidos.', 'es', 120);
    expect(named?.meaning?.authority).toBe('ana ruiz soto');
  });

  it('reads "the UN" in capitals as the United Nations, not as an article', () => {
    const un = figureOf('About 640,000 children are out of school, the UN said.', 'en', 640000);
    expect(un?.meaning?.authority).toBe('un');
    const someone = figureOf('Selon un responsable, 640 000 enfants sont déscolarisés.', 'fr', 640000);
    expect(someone?.meaning?.authority).not.toBe('un');
  });
});

describe("a source's earlier and revised statements", () => {
  const reference =
    'Israel dice haber frenado el ataque\nSegún el Ejército, el ataque incluyó 170 drones. El Mando Central de Estados Unidos (CENTCOM) informó de que sus fuerzas derribaron más de 70 drones y al menos tres misiles balísticos.';
  const later = { referenceLanguage: 'es', published: '2026-03-05T10:00:00Z' };

  it('reads a figure of a first statement, since replaced, as of an earlier time', () => {
    const found = eachFound(
      reference,
      [
        'es: Israel sopesa su respuesta\nEn sus primeras declaraciones, pasada la medianoche, el Ejército habló de más de 200 drones.',
        'en: Israel weighs its response\nIn its first statement, shortly after midnight, the army spoke of more than 200 drones.',
        'de: Israel wägt seine Antwort ab\nDie Armee sprach zunächst von mehr als 200 Drohnen.',
      ],
      later,
    );
    for (const one of found) expect(conflicts(one)).toBe(false);
    const raised = figureOf('The army initially spoke of 200 drones, then raised the figure to 300 drones.', 'en', 300);
    expect(raised?.meaning?.asOf).not.toBe('earlier');
  });

  it('reads the figures of a statement the text calls a revision as updates', () => {
    const [found] = eachFound(
      reference,
      [
        'es: Israel sopesa su respuesta\nEl Mando Central de EE. UU. ha actualizado su balance: sus fuerzas destruyeron más de 80 drones y al menos seis misiles balísticos.',
      ],
      later,
    );
    expect(found).toContainEqual('updated al menos seis');
    expect(conflicts(found!)).toBe(false);
  });
});

describe('who gives a count, and what for', () => {
  it('credits the body that "gave a count of"', () => {
    const trucks = figureOf('The crossings agency gave a higher count of 4,200 trucks for the month.', 'en', 4200);
    expect(trucks?.source).toBe('The crossings agency');
  });

  it('credits a titled spokesman who "detailed" a count, and a broadcaster quoting officials, as two sources', () => {
    const army = figureOf(
      'El portavoz militar, el contraalmirante Daniel Hagari, detalló que el ataque incluyó 170 drones.',
      'es',
      170,
    );
    expect(army?.meaning?.authority).toBe('military');
    const broadcaster = figureOf(
      "Israel's public broadcaster Kan, quoting defence officials, gave a slightly different breakdown of the salvo: 185 drones.",
      'en',
      185,
    );
    expect(broadcaster?.meaning?.authority).toBe('media');
    const [found] = eachFound(
      'Attack on Israel\nEl portavoz militar, el contraalmirante Daniel Hagari, detalló que el ataque incluyó 170 drones.',
      [
        "en: Attack on Israel\nIsrael's public broadcaster Kan, quoting defence officials, gave a slightly different breakdown of the salvo: 185 drones.",
      ],
      {},
    );
    expect(conflicts(found!)).toBe(false);
  });

  it('reads a goal named as the subject as a plan', () => {
    const goal = figureOf('A meta da campanha é chegar a cerca de 640 mil crianças.', 'pt', 640000);
    expect(goal?.meaning?.modality).toBe('plan');
    const aim = figureOf('O objetivo é imunizar cerca de 640 mil crianças.', 'pt', 640000);
    expect(aim?.meaning?.modality).toBe('plan');
  });
});
