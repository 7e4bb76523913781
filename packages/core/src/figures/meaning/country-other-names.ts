/**
 * Names outlets still write for a country whose name ICU gives only in its newer or formal form ("Turkey" for
 * Türkiye, "Czech Republic" for Czechia, "Ivory Coast" for Côte d'Ivoire, "Britain" for the United Kingdom), in the
 * seven languages, by ISO code. General vocabulary: what a country is called in the news, not any story's names.
 * A name that is also a region's ("Macedonia", "Holland") or a continent's ("America") is left out: it would place
 * a figure in the wrong country.
 */
export const COUNTRY_OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  TR: ['Turkey'],
  CZ: [
    'Czech Republic',
    'République tchèque',
    'Tschechische Republik',
    'República Checa',
    'Repubblica Ceca',
    'República Tcheca',
    'Republik Ceko',
  ],
  CI: ['Ivory Coast', 'Elfenbeinküste', 'Costa de Marfil', 'Pantai Gading'],
  SZ: ['Swaziland', 'Swasiland', 'Suazilandia', 'Suazilândia'],
  TL: ['East Timor', 'Osttimor', 'Timor Oriental', 'Timor Timur'],
  CD: [
    'Democratic Republic of the Congo',
    'Democratic Republic of Congo',
    'République démocratique du Congo',
    'Demokratische Republik Kongo',
    'Repubblica Democratica del Congo',
    'República Democrática do Congo',
    'Republik Demokratik Kongo',
  ],
  GB: [
    'Britain',
    'Great Britain',
    'Grande-Bretagne',
    'Großbritannien',
    'Gran Bretaña',
    'Gran Bretagna',
    'Grã-Bretanha',
    'Britania Raya',
  ],
};
