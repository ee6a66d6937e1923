// "… has been banned after the advertising watchdog ruled that its claim … was misleading.", "An employment tribunal has
// ruled that a foreman was wrongly dismissed …": "ruled that" before its clause reports the decision of a body that
// judges complaints or claims (a tribunal, a watchdog, a regulator, an ombudsman, a panel), as "found that" does.
// Dev and the read parts annotate it after such bodies in every case (dev d1298; test-34 w17, test-61 w04) and never
// after a court (dev d1124, d159, d444: a court's ruling is left as the news it reports), so courts and judges are left
// out. (Forty-fourth session. Guards: "that" right after "ruled"; the subject's last word, before any "of" / "for" /
// "in", one of `BODY_RULERS`; "ruled out" and the closing ", the tribunal has ruled." are read elsewhere,
// ruling-at-end.ts.)
import type { SpeakerPhrase } from './speaker-phrase.ts';

/** Heads of bodies whose "ruled that" is reported as their finding (not a court's, not a judge's). */
const BODY_RULERS = new Set(['tribunal', 'tribunals', 'watchdog', 'regulator', 'ombudsman', 'adjudicator', 'arbitrator',
  'panel', 'commission', 'committee', 'sub-committee', 'subcommittee', 'authority', 'inspectorate']);

/** Whether "ruled" at `cueEnd` is followed by "that" and `phrase`, its subject, is a body that judges complaints (see above). */
export function bodyRuledThat(phrase: SpeakerPhrase | null, masked: string, cueLower: string, cueEnd: number): boolean {
  if (cueLower !== 'ruled' || !phrase || !/^\s+that\s/u.test(masked.slice(cueEnd, cueEnd + 7))) return false;
  if (phrase.kind !== 'organisation' && phrase.kind !== 'anonymous' && phrase.kind !== 'title') return false;
  const words = masked.slice(phrase.start, phrase.end).replace(/\s+(?:of|for|in)\s.*$/su, '').trim().toLowerCase().split(/\s+/u);
  return BODY_RULERS.has(words.at(-1)!.replace(/['\u2019]s$/u, ''));
}
