// Named entities of a Russian text, keyed like the English extractor's keys so
// that a Russian report meets English ones: no translation model, only (1) a
// small table of Russian names that are not transliterations (НАТО, США,
// Грузия, Совет Россия–НАТО) and (2) transliteration: a capitalised word,
// stripped of its case ending, whose name skeleton equals that of a name the
// corpus already knows ("Лаврова" → Lavrov, "Брюсселе" → Brussels). A word no
// name matches keeps a key of its own skeleton, so two Russian reports still
// meet each other on it.
import { words } from '../text/normalize.ts';
import { nameSkeleton, russianStems } from '../text/transliterate.ts';
import type { EntityKind } from './entity-aliases.ts';
import type { EntityMention } from './entities.ts';

export interface KnownName {
  key: string;
  name: string;
  kind: EntityKind;
}

/** Looks a name skeleton up among the names the corpus knows. */
export type NameLookup = (skeleton: string) => KnownName | undefined;

/** Russian names and acronyms that transliteration cannot reach, as [pattern, key, display name, kind]. */
const RUSSIAN_NAMES: [RegExp, string, string, EntityKind][] = [
  [/Совет[а-я]*\s+(?:Россия\s*[-–—]\s*НАТО|НАТО\s*[-–—]\s*Россия)|СРН/gu, 'nato-russia council', 'NATO-Russia Council', 'organisation'],
  [/Совет[а-я]*\s+[Бб]езопасности\s+ООН|Совбез[а-я]*\s+ООН/gu, 'un security council', 'UN Security Council', 'organisation'],
  [/НАТО|Североатлантическ[а-я]+\s+альянс[а-я]*/gu, 'nato', 'NATO', 'organisation'],
  [/ООН/gu, 'united nations', 'United Nations', 'organisation'],
  [/Евросоюз[а-я]*|Европейск[а-я]+\s+союз[а-я]*|(?<![\p{L}])ЕС(?![\p{L}])/gu, 'european union', 'European Union', 'organisation'],
  [/ОДКБ/gu, 'csto', 'CSTO', 'organisation'],
  [/ОБСЕ/gu, 'osce', 'OSCE', 'organisation'],
  [/ДОВСЕ/gu, 'cfe treaty', 'CFE Treaty', 'other'],
  [/США|Соединенн[а-я]+\s+Штат[а-я]*|Соединённ[а-я]+\s+Штат[а-я]*/gu, 'united states', 'United States', 'place'],
  [/Росси[а-я]*|(?<![\p{L}])РФ(?![\p{L}])/gu, 'russia', 'Russia', 'place'],
  [/Москв[а-я]*/gu, 'russia', 'Russia', 'place'],
  [/Грузи[а-я]*|Тбилиси/gu, 'georgia', 'Georgia', 'place'],
  [/Южн[а-я]+\s+Осети[а-я]*/gu, 'south ossetia', 'South Ossetia', 'place'],
  [/Нью-Йорк[а-я]*/gu, 'new york', 'New York', 'place'],
  [/Лиссабон[а-я]*/gu, 'lisbon', 'Lisbon', 'place'],
  [/Женев[а-я]*/gu, 'geneva', 'Geneva', 'place'],
  [/(?<![\p{L}])Рим(?:е|а|у)?(?![\p{L}])/gu, 'rome', 'Rome', 'place'],
  [/(?<![\p{L}])Европ[а-я]*/gu, 'europe', 'Europe', 'place'],
  [/РИА\s+Новости|Интерфакс[а-я]*/gu, 'media', 'media', 'media'],
];

/** Lower-case adjectives standing for their country ("российский МИД"). */
const RUSSIAN_DEMONYMS: [RegExp, string][] = [
  [/(?<![\p{L}])(?:российск|русск)\p{L}*/gu, 'Russia'],
  [/(?<![\p{L}])американск\p{L}*/gu, 'United States'],
  [/(?<![\p{L}])грузинск\p{L}*/gu, 'Georgia'],
  [/(?<![\p{L}])канадск\p{L}*/gu, 'Canada'],
  [/(?<![\p{L}])украинск\p{L}*/gu, 'Ukraine'],
  [/(?<![\p{L}])сербск\p{L}*/gu, 'Serbia'],
  [/(?<![\p{L}])афганск\p{L}*/gu, 'Afghanistan'],
  [/(?<![\p{L}])(?:немецк|германск)\p{L}*/gu, 'Germany'],
  [/(?<![\p{L}])французск\p{L}*/gu, 'France'],
];

/** Short words that are never names even when capitalised (sentence starts). */
const MIN_SKELETON = 4;

function atSentenceStart(text: string, start: number): boolean {
  return start === 0 || /(^|[.!?:]["»”)]?\s+|["«“(]|\n\s*)$/u.test(text.slice(Math.max(0, start - 4), start));
}

/** Entity mentions of a Russian text; `known` resolves a skeleton to a name seen elsewhere. */
export function extractRussianEntities(text: string, known: NameLookup): EntityMention[] {
  const out: EntityMention[] = [];
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  for (const [re, key, name, kind] of RUSSIAN_NAMES) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      taken.push([start, end]);
      if (kind !== 'media') out.push({ key, name, kind, start, end });
    }
  }
  for (const [re, country] of RUSSIAN_DEMONYMS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      taken.push([start, end]);
      out.push({ key: country.toLowerCase(), name: country, kind: 'place', start, end });
    }
  }
  for (const w of words(text)) {
    const surface = text.slice(w.start, w.end);
    if (!/^[\u0400-\u04FF]/.test(surface) || !/^\p{Lu}/u.test(surface) || !free(w.start, w.end)) continue;
    const stems = russianStems(surface);
    let hit: KnownName | undefined;
    for (const stem of stems) {
      const sk = nameSkeleton(stem);
      if (sk.length < MIN_SKELETON) continue;
      hit = known(sk);
      if (hit) break;
    }
    if (hit) {
      out.push({ key: hit.key, name: hit.name, kind: hit.kind, start: w.start, end: w.end });
    } else if (!atSentenceStart(text, w.start) && surface.length > 3) {
      // An unknown name: keyed by the skeleton of its shortest stem, so its declined forms meet.
      const sk = nameSkeleton(stems[stems.length - 1]!.replace(/ь$/, ''));
      if (sk.length >= MIN_SKELETON) out.push({ key: `ru:${sk}`, name: surface, kind: 'other', start: w.start, end: w.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
