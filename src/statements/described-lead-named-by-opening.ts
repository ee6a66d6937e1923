// A lead's speaker described ("A Columbus mother has sued …, saying …", "A regional grocer's boss has said …"), named at
// the opening of the next paragraph, in two shapes the rules in extract.ts did not take (the development part gives such
// a lead to the person named next: d1304, d1306, d1422, d1424).
//
// 1. "Name Name, 38, filed the suit on Monday. She said …": the name with its age opens the paragraph, but its own
//    sentence reports nothing, so the paragraph's first statement is "she"'s, resolved to that name. The age after the
//    name is the sign, as it is when the name itself speaks. Guards: "he" / "she" only, resolved to the name that opens
//    the paragraph (no word before it), and that name followed at once by ", <age>,".
// 2. "Name Name, chief executive of Northvale Foods, said …" after "A regional supermarket boss has said …": a
//    description ending in a word for one who heads a body ("boss", "chief", "head", "leader"), named with a post of
//    heading a capitalised body in apposition. Guards: the description's last word one of those (not "an official", "a
//    representative": a loose role may be unnamed on purpose, whoever the next paragraph names), and no possessive in it
//    ("a farmers' leader" is a group's, read by its members' word); the post a head's
//    ("chief executive", "chairman", "managing director", "founder", "owner", "president", "head") of a capitalised body.

/** Whether the paragraph starting at `paragraphStart` opens with `name` and its age (", 38,"). */
export function agedNameOpensParagraph(text: string, paragraphStart: number, name: string): boolean {
  const opening = text.slice(paragraphStart).replace(/^\s+/u, '');
  return name.length > 0 && opening.startsWith(name) && /^,\s*\d{1,3},/u.test(opening.slice(name.length));
}

/** "A regional supermarket boss", "a family firm's chief": an indefinite description ending in a head's word. */
const HEAD_DESCRIBED_RE = /^an?\s+(?:[\p{L}'\u2019-]+\s+){0,4}(?:boss|chief|head|leader)$/iu;

/** After the name: ", [the] <head's post> of [the] <Capitalised body>,". */
const HEAD_POST_RE = /^,\s+(?:the\s+)?(?:chief\s+executive|chief\s+executive\s+officer|executive\s+chairman|chairman|chairwoman|chair|managing\s+director|founder|co-founder|owner|president|head|general\s+secretary|director)\s+(?:of|at)\s+(?:the\s+)?\p{Lu}[^,;.\n]{1,80},/u;

/** Whether a lead's described head (`described`, as printed) is the name ending at `end`, by a head's post next. */
export function headNamedWithPost(described: string, text: string, end: number): boolean {
  // (Guard: "a farmers' leader", "a union's chief": a head of a group named by its members is read by its members' word,
  // described-then-named.ts, and not taken here for the head of another body.)
  if (/['\u2019]/u.test(described)) return false;
  return HEAD_DESCRIBED_RE.test(described.trim()) && HEAD_POST_RE.test(text.slice(end, end + 140));
}

// 3. "An Iowa grain hauler has asked a federal judge …, arguing that …" then "Cedar Run Logistics LLC said in the motion
//    …": a lead's described business, named by its registered name, with its legal form, opening the next paragraph as
//    the subject of its first statement (a wire lead keeps the name for its second paragraph). Guards: the name opens the
//    paragraph (perhaps after "The"), and ends in a legal form (LLC, Inc., Ltd, plc, Corp., Co., GmbH, AG, S.A.); only the
//    lead (extract.ts); a description in the singular with an article.

/** A registered business name: capitalised words ending in a legal form. */
const LEGAL_FORM_END_RE = /\s(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|plc|PLC|Corp\.?|Co\.?|GmbH|AG|S\.A\.|LLP|LP)$/u;

/** Whether the body `name` is registered by its legal form and opens the paragraph that starts at `paragraphStart`. */
export function registeredBodyOpensParagraph(text: string, paragraphStart: number, name: string): boolean {
  const opening = text.slice(paragraphStart).replace(/^\s+/u, '').replace(/^The\s+/u, '');
  return LEGAL_FORM_END_RE.test(name) && opening.startsWith(name);
}
