/**
 * Words of institutions' names that many stories share: "Consejo Nacional Electoral", "Comissão Nacional de
 * Eleições", "Badan Penanggulangan Bencana Daerah", "World Health Organization". A reference writes them with
 * capitals and never in lower case, so they read as its names; but another country's electoral commission
 * or another province's disaster agency writes them too. Folded, in the seven languages.
 */
export const INSTITUTION_WORDS: readonly string[] = (
  'national federal general central council commission office department authority organisation organization ' +
  'world international institute centre center union electoral elections supreme court public republic ' +
  'nationale conseil autorite mondiale internationale institut electorale cour supreme publique republique ' +
  'generale federale bundes kommission behorde welt zentrum gericht oberste offentliche republik ' +
  'nacional consejo comision oficina autoridad organizacion mundial internacional instituto centro electoral ' +
  'tribunal supremo publica republica conselho comissao gabinete autoridade organizacao eleitoral uniao geral ' +
  'nazionale consiglio commissione ufficio autorita organizzazione mondiale internazionale istituto unione ' +
  'elettorale tribunale corte suprema pubblica repubblica nasional dewan komisi kantor otoritas organisasi ' +
  'dunia internasional lembaga pusat badan umum pemilihan mahkamah agung republik daerah penanggulangan bencana'
).split(' ');

/**
 * Acronyms any story may write of a kind of body, not of one: a non-governmental organisation ("NGO", "ONG",
 * "NRO", "LSM"); and the time zones a dateline's hour is given in ("16:00 WIB", "11:00 BST", "10 Uhr MEZ"),
 * which every story of a region writes. Upper case.
 */
export const GENERAL_ACRONYMS: ReadonlySet<string> = new Set(
  (
    'NGO NGOS ONG ONGS NRO LSM ' +
    'UTC GMT BST CET CEST MEZ MESZ EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT JST KST IST SGT HKT AEST ' +
    'AEDT WIB WITA WIT'
  ).split(' '),
);
