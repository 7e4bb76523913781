import { describe, expect, it } from 'vitest';
import { countsYearsSince } from '../src/compare/elapsed-years.js';
import { foldedWords } from '../src/compare/fold-text.js';
import { analyseText, scoreRelevance } from '../src/compare/index.js';

describe('another event of the same kind', () => {
  it('reads a headline counting the years since an event, in the seven languages', () => {
    const since: [string, string][] = [
      ['en', 'Three years on, the valley is still rebuilding'],
      ['fr', 'Il y a quatre ans, le groupe annonçait déjà des suppressions'],
      ['de', 'Vor zwei Jahren: die Flut im Tal'],
      ['es', 'Cinco años después de la riada, el valle espera obras'],
      ['pt', 'Há cinco anos, a barragem se rompia'],
      ['it', 'A dieci anni dal sisma, il borgo è vuoto'],
      ['id', 'Lima tahun setelah gempa, warga masih mengungsi'],
    ];
    for (const [lang, headline] of since) expect(countsYearsSince(foldedWords(headline), lang), headline).toBe(true);
    const notSince: [string, string][] = [
      ['en', 'Floods kill 20, the worst in ten years'],
      ['fr', "L'enfant a deux ans et vit à Lille"],
      ['it', 'Il bambino ha due anni'],
      ['de', 'Seit zwei Jahren wartet das Dorf'],
      ['en', 'Protest leader jailed for five years after trial'],
      ['es', 'Condenado a cinco años tras las protestas'],
    ];
    for (const [lang, headline] of notSince)
      expect(countsYearsSince(foldedWords(headline), lang), headline).toBe(false);
  });

  const retailReference = analyseText(
    'Brightmart to cut 2,389 jobs and close 10 stores\nLILLE — Brightmart Retail will cut 2,389 jobs and close ' +
      '10 stores, the retailer said on Tuesday. It is its second plan in four years: in 2020 Brightmart Retail ' +
      'announced 1,475 job cuts.',
    { language: 'en', published: '2024-11-05T18:00:00+01:00' },
  );

  it('tells the same actor’s earlier event by the years its headline counts, whatever marks it shares', () => {
    const body =
      // Undated: a lead dated years before the reference tells another event by itself (event-time.ts).
      '\nBrightmart Retail presented a plan with 1,475 job cuts, mainly at its tills ' +
      'and support services, the retailer said.';
    const earlier = analyseText(`Four years ago, Brightmart already cut 1,475 jobs${body}`, {
      language: 'en',
      published: '2024-11-07T09:00:00+01:00',
    });
    expect(scoreRelevance(retailReference, earlier).relevant).toBe(false);
    const recalled = analyseText(`Brightmart cuts recall its 1,475 job cuts${body}`, {
      language: 'en',
      published: '2024-11-07T09:00:00+01:00',
    });
    expect(scoreRelevance(retailReference, recalled).relevant).toBe(true);
  });

  const feverReference = analyseText(
    'Rift Fever: Kenya counts 399 cases and 19 deaths\nNAIROBI — Kenya has confirmed 399 human cases of Rift ' +
      'Fever since June, and 19 deaths, the health ministry said on Tuesday. Most cases of Rift Fever were ' +
      'reported in Garissa.',
    { language: 'en', published: '2024-10-03T09:00:00+02:00' },
  );

  it('counts a name of two words as one mark of the story, not two', () => {
    const elsewhere = analyseText(
      "Tanzania's Rift Fever season winds down\nTanzania's health agency said this week that it had recorded " +
        'more than 100 human Rift Fever infections this year, and at least 10 deaths.',
      { language: 'en', published: '2024-10-04T10:00:00+03:00' },
    );
    expect(scoreRelevance(feverReference, elsewhere).relevant).toBe(false);
  });

  it('counts no agency’s acronym as a mark of the story in a passage about another country', () => {
    const reference = analyseText(
      'Haiti: 700,000 displaced by gang violence, says IOM\nPORT-AU-PRINCE — Gang violence has displaced more ' +
        'than 700,000 people in Haiti, the IOM said on Tuesday, half of them children. The UN is asking for ' +
        'more aid for the displaced.',
      { language: 'en', published: '2025-01-08T09:00:00-05:00' },
    );
    const elsewhere = analyseText(
      'Sudan has more than 11.5 million displaced, says IOM\nThe war in Sudan has forced more than 11.5 million ' +
        'people from their homes, the IOM said. More than half of the displaced are children, and the UN is ' +
        'asking for $4.2 billion for the humanitarian response.',
      { language: 'en', published: '2025-01-09T08:00:00-03:00' },
    );
    expect(scoreRelevance(reference, elsewhere).relevant).toBe(false);
  });

  it('meets a dependency named in full in another language as the story’s place', () => {
    const reference = analyseText(
      "Nouvelle-Calédonie : cinq morts après trois nuits d'émeutes\nCinq personnes sont mortes en " +
        'Nouvelle-Calédonie depuis lundi, selon le haut-commissariat. Plus de 200 émeutiers ont été interpellés ' +
        'sur l’archipel.',
      { language: 'fr', published: '2024-05-17T07:00:00+11:00' },
    );
    const english = analyseText(
      'Seven killed in New Caledonia unrest\nSeven people have been killed in New Caledonia since rioting ' +
        'erupted on Monday, as France rushed reinforcements. More than 200 rioters have been arrested.',
      { language: 'en', published: '2024-05-17T08:30:00+10:00' },
    );
    expect(scoreRelevance(reference, english).relevant).toBe(true);
  });
});
