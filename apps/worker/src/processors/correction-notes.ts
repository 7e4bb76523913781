/**
 * An outlet that corrects a figure adds a note quoting the old one ("Correction: An earlier version of this story
 * said 10,000 …"). That old figure is no longer the outlet's statement: read as a claim it would keep the corrected
 * conflict open and show in the matrix. Correction notes are blanked before the text is analysed: replaced by
 * spaces of the same length, so every offset into the text still points where it did.
 *
 * General newsroom vocabulary in the seven languages Parallax reads; nothing here is about any one story.
 */

/** A paragraph that opens with one of these words is a correction or clarification note, whole. */
const NOTE_OPENERS = [
  'correction',
  'corrections',
  'clarification',
  "editor's note", // en
  'rectificatif',
  'correctif',
  'erratum',
  'précision', // fr
  'korrektur',
  'berichtigung',
  'richtigstellung',
  'anmerkung der redaktion', // de
  'corrección',
  'fe de erratas',
  'aclaración',
  'nota de la redacción', // es
  'correção',
  'correcção',
  'retificação',
  'errata',
  'nota da redação', // pt
  'rettifica',
  'correzione',
  'precisazione',
  'nota della redazione', // it
  'koreksi',
  'ralat',
  'catatan redaksi', // id
];

/** A sentence that speaks of an earlier version of the article is a correction note, wherever it stands. */
const EARLIER_VERSION = [
  /\b(an?|the) (earlier|previous|original|prior) version of (this|the) (story|article|report|piece)\b/i,
  /\bthis (story|article|report) (has been|was) (corrected|amended|updated) to\b/i,
  /\bune (version (précédente|antérieure)|(précédente|première) version) de (cet|l') ?(article|dépêche)?/i,
  /\bcet article a été (corrigé|modifié)\b/i,
  /\b(in )?einer (früheren|vorherigen|älteren) (Version|Fassung)\b/i,
  /\b(dieser|der) (Artikel|Text|Bericht) wurde (korrigiert|berichtigt)\b/i,
  /\buna versión (anterior|previa) de (este|esta|la|el)\b/i,
  /\b(este|esta) (artículo|nota|noticia|información) (fue|ha sido) (corregid[oa]|actualizad[oa])\b/i,
  /\buma versão anterior (deste|desta|da|do)\b/i,
  /\b(este|esta) (texto|reportagem|notícia|matéria|artigo) foi (corrigid[oa]|atualizad[oa])\b/i,
  /\buna (versione precedente|precedente versione|prima versione) (di questo|dell'|del)/i,
  /\bquesto articolo è stato (corretto|modificato)\b/i,
  /\bversi (sebelumnya|terdahulu|awal) (dari )?(artikel|berita|tulisan) ini\b/i,
  /\b(artikel|berita) ini (telah )?(dikoreksi|diralat|diperbarui)\b/i,
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const OPENER = new RegExp(`^\\s*(${NOTE_OPENERS.map(escapeRegExp).join('|')})\\s*[:.\\-–—]`, 'iu');

const blank = (text: string) => text.replace(/[^\n]/g, ' ');

/** Sentences: up to a full stop, question or exclamation mark followed by a space or the end ("10.000" goes on). */
const SENTENCE = /.+?(?:[.!?]+["'”’»)]*(?=\s|$)\s*|$)/gsu;

function blankNoteSentences(paragraph: string): string {
  return paragraph.replace(SENTENCE, (sentence) =>
    EARLIER_VERSION.some((p) => p.test(sentence)) ? blank(sentence) : sentence,
  );
}

/** The text with every correction note blanked out, the same length as before. */
export function withoutCorrectionNotes(text: string): string {
  return text
    .split(/(\n)/)
    .map((paragraph) => (OPENER.test(paragraph) ? blank(paragraph) : blankNoteSentences(paragraph)))
    .join('');
}
