// «Руководство предприятия заявило, что …», «Руководство лагеря «Звездный» заверило …», «Руководство курорта «…» заявило»:
// those who run a body, speaking as it, are the body — the business named, or the one the text named before for a word of
// its kind — as English "the management (of X) said" is (management-of-body.ts; dev d1125, test-19 w14, w17). Before, the
// words were read as a body called «Руководство предприятия», or the quoted name as a person.
// Guards: «руководство» first and one lower-case word in the genitive after it, then nothing or a capitalised name (the
// quotation marks the tokenizer drops); not the leadership of a country, region, city or ministry («руководство страны»,
// «руководство области»: people in power, read as before).
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

const NOT_A_BUSINESS = /^(?:страны|государства|региона|области|края|республики|города|района|округа|поселения|министерства|ведомства|партии|фракции|думы)$/u;

/** The body that «Руководство X [«Name»]» speaks for, or null; `generic` parses a lone word for a kind of body. */
export function russianManagementBody(all: readonly Token[], generic: (word: Token) => SpeakerPhrase | null): SpeakerPhrase | null {
  if (all.length < 2 || all.length > 6 || all[0]!.lower !== 'руководство') return null;
  const kind = all[1]!;
  if (!/^\p{Ll}+[аяиы]$/u.test(kind.text) || NOT_A_BUSINESS.test(kind.lower)) return null;
  const name = all.slice(2);
  const span = { name: [], roles: [], qualifier: null, start: all[0]!.start, end: all.at(-1)!.end };
  if (name.length > 0) {
    if (!name.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text))) return null;
    return { kind: 'organisation', body: name.map((t) => t.text).join(' '), ...span };
  }
  const body = generic(kind);
  return body?.kind === 'organisation' ? { ...body, start: all[0]!.start } : null;
}
