// «Роддом в поселке работал с 1962 года, как утверждают местные.», «Утренние поезда часто опаздывают, как уверяют
// пассажиры.»: «как» and a verb of saying in the present after the sentence's last comma frame the words before it, as
// «…, утверждают местные.» does without «как»; the frame had been read only inside a sentence («Автобус, как утверждают
// очевидцы, обгонял …»), and at the end no statement was found (forty-fourth session, dev d2471, d2472).
// Guards: «как» right after the comma, then a verb in the present (third person, -ет / -ит / -ют / -ят / -ут / -ат), then
// at least one word for who says it; the caller checks the verb is one of saying and reads the speaker as after any tail
// frame. «…, как проходил ремонт парома» (a past verb, an indirect question) is left out.
import type { WrittenWord } from './written-word.ts';

/** Whether `after`, the words after a comma, open with «как» and a verb in the present with words after it. */
export function isHowFrameAtEnd(after: readonly Pick<WrittenWord, 'lower'>[]): boolean {
  return after.length >= 3 && after[0]!.lower === 'как' && /\p{Ll}(?:ет|ит|ют|ят|ут|ат)$/u.test(after[1]!.lower);
}
