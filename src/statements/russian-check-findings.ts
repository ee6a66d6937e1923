// «Как установила проверка, …», «Как показала ревизия, …»: what a check found is reported by the body that made it, which
// the text has just named as speaking («Проверка проведена после обращения жильцов, уточнили в прокуратуре»), as data of
// no one named («По предварительным данным») are the last speaking body's. Only in the «Как <verb of finding> <check>»
// frame; «Проверка показала, что …» at a sentence's start is read as before.
import type { SpeakerPhrase, Token } from './speaker-phrase.ts';

/** Words for a check, an audit or an examination, in the nominative singular. */
const CHECK_WORDS = /^(?:проверка|ревизия|экспертиза|аудиторская\s+проверка|служебная\s+проверка|прокурорская\s+проверка)$/u;

/** The last body that spoke («там»), when `who` is a check alone («проверка», «служебная проверка»); else null. */
export function checkFindingsPhrase(who: readonly Token[]): SpeakerPhrase | null {
  if (who.length === 0 || who.length > 2 || !who.every((t) => /^\p{Ll}+$/u.test(t.text))) return null;
  if (!CHECK_WORDS.test(who.map((t) => t.lower).join(' '))) return null;
  return { kind: 'organisation', body: 'там', name: [], roles: [], qualifier: null, start: who[0]!.start, end: who.at(-1)!.end };
}
