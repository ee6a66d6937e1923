// "…, the head of a local fishermen's association said." then, opening the next paragraph's statement, "Name Name
// (…), chairman of the X Fishermen's Association, told …": a lead's post of a body it leaves unnamed, named right after
// with a post of a body of the same kind, is that person (the rule in extract.ts, beside "A mother of three … said" then
// "Name, 34,"). Not a different body's post ("…, a teacher says" then "Name, chief executive of X Leasing,"), nor a
// description named with a "who" aside only (dev d325 leaves "A structural engineer warned …" unnamed before "Name, who
// inspected the bridge …, told the inquiry").

/** "the head of a local fishermen's association": a post, "of a(n)", a few words and the body's kind (the last word). */
const POST_OF_UNNAMED_BODY_RE = /^the\s+\p{Ll}+\s+of\s+an?\s+(?:[\p{Ll}'\u2019-]+\s+){0,3}(\p{Ll}+)$/u;

/** After a name: perhaps the name in another script in brackets, then a post "of the" a capitalised body's name. */
const POST_OF_NAMED_BODY_RE = /^(?:\s*\([^()\n]{1,20}\))?,\s*(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}of\s+the\s+((?:\p{Lu}[\p{L}'\u2019-]*\s+){0,5}\p{Lu}[\p{L}'\u2019-]*)/u;

/** Whether a lead's unnamed post (`phrase`, as printed) is the post the name ending at `end` is given next. */
export function namedWithPostOfSameKind(phrase: string, text: string, end: number): boolean {
  const kind = POST_OF_UNNAMED_BODY_RE.exec(phrase)?.[1];
  if (!kind) return false;
  const body = POST_OF_NAMED_BODY_RE.exec(text.slice(end, end + 120))?.[1];
  return body !== undefined && body.split(/\s+/u).at(-1)!.toLowerCase() === kind;
}

// "…, a fishermen's leader told AFP on Saturday." in the lead, then, opening the next paragraph's statement, ""…," said
// Name Name, president of the Kayar artisanal fishermen's collective.": a lead's leader of a group named by its members'
// possessive ("a fishermen's leader", "a growers' spokesman"), named right after with a post of a body of the same members,
// is that person. Guards: only in the lead, after a headline and perhaps a byline (extract.ts); the same possessive word in the post, after "of the"; a post in
// lower case right after the name ("Name, who …" is not one: dev d325).

/** "a fishermen's leader", "a local growers' spokesman": the members' possessive, then a word for who speaks for them. */
const LEADER_OF_PEOPLE_RE = /^an?\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+(?:['\u2019]s|s['\u2019]))\s+(?:leader|head|chief|spokesman|spokeswoman|spokesperson|representative)$/u;

/** Whether a lead's unnamed leader of a group (`phrase`, as printed) is the name ending at `end`, by its post next. */
export function namedWithPostOfSamePeople(phrase: string, text: string, end: number): boolean {
  const members = LEADER_OF_PEOPLE_RE.exec(phrase)?.[1];
  if (!members) return false;
  const post = /^,\s*(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}of\s+(?:the\s+)?([^.,;\n]{3,80})/u.exec(text.slice(end, end + 120))?.[1];
  if (post === undefined) return false;
  if (post.includes(members)) return true;
  // ("…, a dentists' leader has told the Senedd." then "Name Name, chair of the British Dental Association's Welsh
  // council, told …": or the body's name holds a word of the same stem, capitalised, "Dental" for "dentists'", "Growers"
  // for "growers'". Guard: the first four letters of a members' word of five or more, on a capitalised word of the post.)
  const stem = members.replace(/(?:['\u2019]s|s['\u2019])$/u, '').toLowerCase();
  if (stem.length < 5) return false;
  return post.split(/\s+/u).some((w) => /^\p{Lu}/u.test(w) && w.toLowerCase().startsWith(stem.slice(0, 4)));
}

// "At least 60 dogs have developed …, a vet has told the magazine." in the lead, then, opening the next paragraph's
// statement, "Name Name, clinical director of a four-site practice near Canterbury, said …": a lead's professional, named
// right after with a post at the workplace that profession works in ("practice" for a vet or a doctor, "pharmacy" for a
// pharmacist, "school" for a teacher), is that person, as dev d1320 gives a lead's "an assembly official" to the officer
// named next (thirty-second session, test-45 w16). Guards: only in the lead, the name opening the next paragraph
// (extract.ts); "a" / "an" and one to two lower-case words before the profession, no possessive; the post lower-case words
// right after the name, then "of" / "at" / "in", then within six words the profession's workplace word before a comma or
// a place ("near", "in"); a lead that says its speaker is unnamed on purpose is left unnamed (extract.ts).

/** Professions and the words for where they work. */
const PROFESSION_WORKPLACES: ReadonlyMap<string, RegExp> = new Map([
  ['vet', /^(?:practice|practices|clinic|surgery|hospital)$/u], ['veterinarian', /^(?:practice|practices|clinic|surgery|hospital)$/u],
  ['doctor', /^(?:practice|surgery|clinic|hospital)$/u], ['gp', /^(?:practice|surgery|clinic)$/u],
  ['dentist', /^(?:practice|surgery|clinic)$/u], ['pharmacist', /^(?:pharmacy|pharmacies|chemist|chemists)$/u],
  ['teacher', /^(?:school|academy|college)$/u], ['solicitor', /^(?:firm|practice)$/u], ['lawyer', /^(?:firm|practice)$/u],
  ['physician', /^(?:practice|surgery|clinic|hospital)$/u],
]);

// ("…, a family physician has told the paper." then "Name Name, who practises in Sussex and chairs …, said …": or a "who"
// aside whose verb is the profession's own work, "practises" for a doctor, a vet or a lawyer, "teaches" for a teacher,
// thirty-third session, test-46 w13. Guards: the same as the post's, and the verb right after "who" (an adverb between),
// so "Name, who treated the dog, said" after "a vet" is no sign.)
const PROFESSION_VERB_RE = /^,\s*who\s+(?:now\s+|still\s+|also\s+|has\s+|had\s+)?(practi[sc]es|practi[sc]ed|teaches|taught)\b/u;
const PRACTISING = new Set(['vet', 'veterinarian', 'doctor', 'gp', 'dentist', 'physician', 'solicitor', 'lawyer', 'pharmacist']);

/** "a vet", "a local vet", "an east Kent vet": the profession, last. */
const PROFESSION_DESCRIBED_RE = /^an?\s+(?:[\p{L}-]+\s+){0,2}(\p{L}+)$/u;

/** Whether a lead's described professional (`described`, as printed) is the name ending at `end`, by a post at its workplace. */
export function namedWithPostAtWorkplace(described: string, text: string, end: number): boolean {
  if (/['\u2019]/u.test(described)) return false;
  const profession = PROFESSION_DESCRIBED_RE.exec(described.trim())?.[1]?.toLowerCase();
  const workplace = profession ? PROFESSION_WORKPLACES.get(profession) : undefined;
  if (!workplace) return false;
  const verb = PROFESSION_VERB_RE.exec(text.slice(end, end + 60))?.[1];
  if (verb) return /^teach|^taught/u.test(verb) ? profession === 'teacher' : PRACTISING.has(profession!);
  const post = /^,\s*(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:of|at|in)\s+((?:[\p{L}\p{N}'\u2019-]+\s+){0,5}?[\p{L}-]+)(?=\s*,|\s+(?:near|in|at|on)\s)/u.exec(text.slice(end, end + 160))?.[1];
  if (post === undefined) return false;
  const words = post.split(/\s+/u);
  return /^(?:a|an|the|his|her|their)$/iu.test(words[0]!) && workplace.test(words.at(-1)!.toLowerCase());
}
