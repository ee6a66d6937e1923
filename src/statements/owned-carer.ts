// "The family's doctor said …", "Her doctor said …", "the boy's GP told …": one who treats a person or a family the phrase
// owns speaks about them, never as them, and is unnamed unless someone the text named holds that post — as "the family's
// solicitor" is (acting-for-someone.ts). Before, "doctor" after a lower-case owner's possessive read as no phrase at all
// (the definite-kind reading took only "the" or a capitalised owner), so "The family's doctor said …" gave no statement,
// and "Her doctor said …" one with no speaker.
// Guards: only these carers' words (not every people's noun: "the family's driver" is left as it was); only after "the
// <lower-case word>'s" or "his | her | their" (speaker-phrase.ts definiteKind); a named holder first keeps the words
// ("The family's doctor, Dr Name, said …. The family's doctor said" stays Name's: the resolver's holder check).

/** Words for one who treats a person: their doctor, nurse or carer. */
const CARERS = new Set(['doctor', 'physician', 'gp', 'surgeon', 'paediatrician', 'pediatrician', 'dentist', 'physio',
  'physiotherapist', 'therapist', 'psychiatrist', 'psychologist', 'counsellor', 'counselor', 'carer', 'caregiver', 'midwife', 'vet']);

/** Whether `word` (lower case, not normalised) names one who treats a person ("doctor", "GP", "therapist"). */
export function isCarer(word: string): boolean {
  return CARERS.has(word);
}

/** Whether a speaker's phrase as written ends in a carer's word ("The family's doctor", "Her GP"). */
export function ownedCarer(phraseText: string): boolean {
  return isCarer(phraseText.trim().split(/\s+/u).at(-1)!.toLowerCase());
}
