// «Сообщается, что …», «Уточняется, что …», «Утверждается также, что …», «Говорят, что …», «Ходят слухи, что …», «Как
// стало известно, …», «Как сообщается, …» opening a sentence: a verb of saying with no one doing it — what someone the
// text does not name said, an unnamed source, as «По неофициальной информации, …» is (dev d1391, d1425, d1429, d1430).
// Guards: the frame opens the sentence and is followed by a comma at once, so «Как стало известно “Ъ”, …» (the outlet's
// own finding, not annotated: d743), «Сообщается в письме, что …» and «Как говорится в сообщении X» (a document's owner,
// read elsewhere) are left alone; «Известно, что …» (a fact) is no frame.
// (Thirty-seventh session: «Из неофициальных источников стало известно, что …», «Из неназванных источников известно, что …»:
// sources said to be unofficial or unnamed, and the knowing put impersonally, are no one named, as «По неофициальной
// информации» is. Guards: one of those four adjectives before «источников», «известно» and «, что» right after; «Из
// источников в мэрии …» and «Из собственных источников …» (the outlet's) are left alone.)
// (Thirty-eighth session: «Как стало известно из неофициальных источников, …» — the same sources inside «Как стало
// известно, …» — is that frame too, unnamed. Guard: «Как стало известно из источников в мэрии, …» is not matched.)
// (Thirty-ninth session: now it is. «Как стало известно из источников в мэрии, …», «Из источников в правительстве области
// стало известно, что …»: sources in a place or a body, none named, are an unnamed source, as «источник в мэрии
// рассказал» is (README: a representative of a named body is an unnamed source). Guards: a preposition of place right
// after «источников» and no comma, full stop or quotation mark in the place, so «из собственных источников», «из
// источников «…»» (the outlet's) and «Как стало известно «…», …» are left alone.)

// (Forty-first session: «Как стало известно «Вестнику Сибири» из источников в министерстве, …», «Как стало известно РБК из
// источников в мэрии, …»: the outlet the sources told, in the dative, between «известно» and «из источников»; the sources
// are unnamed as before. Guard: the outlet is read only when «из … источников» follows it, so «Как стало известно «…», …»
// (the outlet's own finding) is still left alone.)

/** The frame and its cue (first capture); the clause starts where the match ends. */
const IMPERSONAL_FRAME_RE =
  /^\s*(?:(?:Также|Кроме\s+того|При\s+этом)\s*,?\s+)?(?:(?:[Сс]ообщается|[Уу]точняется|[Уу]тверждается|[Оо]тмечается|[Пп]одчеркивается|[Пп]одчёркивается|[Гг]оворят|[Пп]оговаривают)(?:\s+(?:также|еще|ещё|при\s+этом|даже))?\s*,\s*что\s+|[Хх]одят\s+(?:упорные\s+)?слухи\s*,\s*что\s+|[Кк]ак\s+(?:стало\s+известно(?:\s+(?:\u00AB[^\u00AB\u00BB]{1,60}\u00BB|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?=\s+из\s+(?:\p{Ll}+\s+)?источников))?(?:\s+из\s+(?:(?:неофициальных|неназванных|анонимных|осведомл[её]нных)\s+источников|источников\s+(?:в|во|на|среди|при)\s+[^,.«»"]{2,80}?))?|сообщается|утверждается|уточняется|говорят|рассказывают)\s*,\s*|[Ии]з\s+(?:(?:неофициальных|неназванных|анонимных|осведомл[её]нных)\s+источников|источников\s+(?:в|во|на|среди|при)\s+[^,.«»"]{2,80}?)\s+(?:(?:стало|было)\s+)?известно\s*,\s*что\s+)/u;

/** The cue's offset and text inside `sentence` and where the clause starts, or null when the sentence has no such frame. */
export function russianImpersonalFrame(sentence: string): { cue: { text: string; start: number }; clauseStart: number } | null {
  const m = IMPERSONAL_FRAME_RE.exec(sentence);
  if (!m) return null;
  const cue = /(?:сообщается|уточняется|утверждается|отмечается|подчеркивается|подчёркивается|говорят|поговаривают|слухи|известно|рассказывают)/iu.exec(m[0])!;
  return { cue: { text: cue[0], start: m.index + cue.index }, clauseStart: m.index + m[0].length };
}
