// «"Волга-Тверь" уступила в Туле» … «Главный тренер «Оружейника» … сказал Хабибуллин. Как сообщает пресс-служба клуба, …»:
// in a match report the club a press office or «клуб информирует» speaks for, with no club named in its own sentence, is
// the club the headline opens with (the one the report is about), not the rival whose coach the text quoted last.
// Guards: the headline is one short line that opens with the club's «name» (its subject, in the nominative); the sentence of
// the press office names no business of its own (then it is that one); the club is among the bodies the text names.

interface Body {
  readonly name: string;
  readonly at: number;
  readonly kind: 'state' | 'business';
}

/** The club a headline opens with, for a club's press office at `at` whose sentence begins at `sentenceStart`; else null. */
export function headlineClub(text: string, bodies: readonly Body[], sentenceStart: number, at: number): string | null {
  const end = text.indexOf('\n');
  if (end < 0 || end > 120) return null;
  const opening = /^\u00AB(\p{Lu}[^\u00BB]{1,40})\u00BB/u.exec(text);
  if (!opening) return null;
  // (A club named in the press office's own sentence is that sentence's.)
  if (bodies.some((b) => b.kind === 'business' && b.at >= sentenceStart && b.at < at)) return null;
  const club = bodies.find((b) => b.at === 0 && b.kind === 'business' && b.name === opening[1]);
  return club?.name ?? null;
}
