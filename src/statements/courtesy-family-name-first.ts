// "Ms Tan Hui Ling, 41, and her brother, Mr Tan Wei Jie, 37, …" then "said Ms Tan" / "Mr Tan said": two people sharing a
// family name written first (Chinese, Korean, Vietnamese names in Singapore, Malaysian or Hong Kong copy) are told apart by
// the courtesy title the text printed before each full name. courtesyName looks only for given names written before the
// surname ("Paul Castellano"), so it found none here and the later "Ms Tan" fell to whichever Tan came last.
// Guards: only where the text prints the family name first after a courtesy title at least twice, for people of both
// genders (one bearer alone is left to the rules that already find her); the given names are capitalised words that are
// no post, month or weekday; exactly one such name carries the wanted title's gender, else nothing is decided.
import { escapeRegExp } from '../text/escape-reg-exp.ts';

const TITLE_GENDER: Readonly<Record<string, 'm' | 'f'>> = { mr: 'm', ms: 'f', mrs: 'f', miss: 'f', madam: 'f', mdm: 'f' };
const NOT_GIVEN = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;

/** The full name ("Tan Hui Ling") the text printed after a courtesy title of `wanted`'s gender and `surname`; else null. */
export function familyNameFirstByCourtesy(text: string, surname: string, wanted: 'm' | 'f'): string | null {
  const escaped = escapeRegExp(surname);
  const re = new RegExp(`(?<![\\p{L}])(Mr|Ms|Mrs|Miss|Madam|Mdm)\\.?\\s+${escaped}((?:\\s+\\p{Lu}\\p{Ll}+(?:-\\p{Ll}+)?){1,2})(?![\\p{L}])`, 'gu');
  const byGender = new Map<'m' | 'f', Set<string>>([['m', new Set()], ['f', new Set()]]);
  for (const m of text.matchAll(re)) {
    const given = m[2]!.trim().split(/\s+/u);
    if (given.some((w) => NOT_GIVEN.test(w))) continue;
    byGender.get(TITLE_GENDER[m[1]!.toLowerCase()]!)!.add(`${surname} ${given.join(' ')}`);
  }
  // (Guard: both genders printed so; one alone decides nothing the existing rules do not.)
  if (byGender.get('m')!.size === 0 || byGender.get('f')!.size === 0) return null;
  const fits = [...byGender.get(wanted)!];
  return fits.length === 1 ? fits[0]! : null;
}
