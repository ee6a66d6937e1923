// «Директор спортивной школы в поселке Рамонь рассказал, что …», «Директор школы в поселке Ручьи пояснил»: a post, then the
// named settlement where it is held, with nobody the text named given the post, is someone the text describes by post and
// place, unnamed — as «Фельдшер в селе Николаевка рассказала» (a people's word) already was. Before, the post went to the
// last person the text named, who held another post (a bus driver, a team read as a person).
// Guards (in the caller): only where the person the fallback would give holds no such post; the phrase as printed ends
// with «в | на» and a lower-case settlement's noun and one or two capitalised words (the place), with nothing after;
// a name after the place («Директор школы в поселке Ручьи Анна Кравец») is a name phrase, never this.

// (Thirty-third session: or where the post's holder comes from, «учительница из села Копчак»: «из» and the genitive.)
const SETTLEMENT_RE = /\s(?:(?:в|во|на)\s+(?:поселке|посёлке|селе|деревне|станице|городе|поселении|хуторе|ауле|слободе|райцентре|микрорайоне|рабочем\s+поселке)|из\s+(?:поселка|посёлка|села|деревни|станицы|хутора|аула|кишлака|райцентра))\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?$/u;

/** Whether a Russian post's phrase as printed ends with the named settlement it is held in. */
export function isPostInNamedSettlement(phraseText: string): boolean {
  return /^\p{Lu}?[\u0400-\u04FF]/u.test(phraseText) && SETTLEMENT_RE.test(phraseText.trim());
}
