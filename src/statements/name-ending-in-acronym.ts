// "Westmeath GAA said in a statement that …", "Ohio EPA said …", "Cork ETB said": a place's or a body's capitalised
// word(s), then an acronym of three to five capitals closing the name, is a body's regional branch or a state agency, not a
// person "Westmeath Gaa". (Thirty-second session's second round, a probe of every shape on fresh English text: an Irish
// sports site's county board.)
// Guards: one to three words before it, each a capitalised word with small letters (a name in capitals, "JOHN SMITH", is
// none), none possessive, an honorific or a post; three to five capitals, so a person's initials after a surname in
// Singapore or Malaysian copy ("Tan KH") stay a name; not a member's or an honour's letters after a person's name ("Name
// MSP", "Name OBE", "Name MBA"), which people.ts and the phrase parser strip; not a Roman numeral ("Henry VIII").
// speakerAfterCue (attribution.ts) still skips such a phrase after "said" ("said Lavrov NATO froze …" is a name and the
// next sentence's subject).
import type { Token } from './speaker-phrase.ts';

/** Letters after a person's name: members of a legislature, honours, degrees and professions. */
const AFTER_A_NAME = /^(?:MSP|MLA|MEP|MHA|MHK|MNA|MPP|MHR|OBE|MBE|CBE|KBE|DBE|GBE|BEM|QPM|KPM|QSM|ONZM|CNZM|KNZM|DNZM|FRS|FRCS|FRCP|MRCP|FRCGP|MBA|DDS|CPA|ESQ|USN|USMC|RAF|QGM|GCB|KCB|CMG|KCMG|GCMG|CVO|LVO|MVO|KCVO|DCVO|OAM|AFC|DFC|DSO|MC)$/u;
const ROMAN = /^[IVXLC]+$/u;

/** The body's name as printed ("Westmeath GAA"), or null. `isWordOfName` says a capitalised word may stand in a name. */
export function nameEndingInAcronym(tokens: readonly Token[], isWordOfName: (t: Token) => boolean): string | null {
  const named = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
  if (named.length < 2 || named.length > 4) return null;
  const acronym = named.at(-1)!;
  if (!/^\p{Lu}{3,5}$/u.test(acronym.text) || acronym.possessive || AFTER_A_NAME.test(acronym.text) || ROMAN.test(acronym.text)) return null;
  if (!named.slice(0, -1).every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !t.possessive && isWordOfName(t))) return null;
  return named.map((t) => t.text).join(' ');
}
