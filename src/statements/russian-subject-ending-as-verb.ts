// «Name рассказал, что крыша протекает, а котел работает на пределе»: after «, а» / «, но» a word ending as the cue's
// verb does («котел», «персонал», «канал» end in -л as «рассказал» does) would be read as the speaker's own next act
// («…, но от комментариев отказался»), ending what was said before it. When a verb in the present follows that word
// («работает», «остается», «жалуются»), the word is the next clause's subject, not a verb, and the clause runs on whole, as
// the development part keeps «, а» clauses whole (forty-third session, test-61 r01).
// Guard: only a present-tense verb of the third person right after it (-ает/-яет/-еет/-ует, their plurals and the
// reflexives), optionally after «не» or «уже» / «еще»; a past verb or a noun after it decides nothing.

/** A lookahead (regex source) that fails when the word just matched is followed by a verb in the present. */
export const RU_SUBJECT_NOT_ACT = String.raw`(?!\s+(?:(?:не|уже|еще|ещё|тоже|также)\s+){0,2}\p{Ll}+(?:[аяеу]ет|[аяеу]ют|[аяеуи]тся|ются|ится)(?=[\s.,;]|$))`;
