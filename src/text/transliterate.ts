// Cyrillic to Latin without a model: a transliteration table close to BGN/PCGN
// (and GOST 7.79 B where they agree), and a "name skeleton" that folds the
// spellings transliteration systems and English exonyms disagree on (kh/h,
// ks/x, y/i/j, doubled letters, soft signs, a final vowel), so that "Лавров",
// "Lavrov", "Расмуссен" and "Rasmussen" meet. Russian case endings are
// stripped by `russianStems`: "Лаврова", "Лавровым" give the stem "Лавров".

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian and Belarusian letters that turn up in names.
  і: 'i', ї: 'yi', є: 'ye', ґ: 'g', ў: 'w',
};

/** Whether a string holds Cyrillic letters. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}

/** Lower-case Latin transliteration of a Cyrillic string; other characters are kept (lower-cased). */
export function transliterate(text: string): string {
  let out = '';
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const t = CYRILLIC[ch];
    if (t === undefined) {
      out += ch;
      continue;
    }
    // BGN: е after a vowel, a soft/hard sign or at the start of a word is "ye" (Ельцин → Yeltsin).
    if (ch === 'е' && (i === 0 || /[аеёиоуыэюяьъ\s-]/.test(lower[i - 1]!))) out += 'ye';
    else out += t;
  }
  return out;
}

/**
 * A spelling-independent key of one name word, Latin or Cyrillic:
 * "Lavrov", "Лавров" → "lavrav"; "Sergei", "Sergey", "Сергей" → "sirgi";
 * "Brussels", "Брюссель" → "brusil". Vowels fold into three classes,
 * consonant digraphs into one letter, doubled letters into one, and a
 * final vowel (Ukraina / Ukraine) and a final plural s are dropped.
 */
export function nameSkeleton(word: string): string {
  let s = hasCyrillic(word) ? transliterate(word) : word.toLowerCase();
  s = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(/[^a-z]/g, '');
  s = s
    .replace(/shch/g, 'sh')
    .replace(/sch/g, 'sh')
    .replace(/tch/g, 'ch')
    .replace(/kh|gh|ch(?=[rl])/g, (m) => (m === 'gh' ? 'g' : m === 'kh' ? 'h' : 'k'))
    .replace(/ph/g, 'f')
    .replace(/ts|tz/g, 'c')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/ck|q/g, 'k')
    .replace(/c(?![h])/g, 'k')
    // A palatal glide before a vowel ("yu", "ya", "ie") is transliteration noise.
    .replace(/[yij](?=[aeiouy])/g, '')
    .replace(/[ao]/g, 'a')
    .replace(/[eiyj]/g, 'i')
    .replace(/(.)\1+/g, '$1');
  if (s.length > 4) s = s.replace(/s$/, '');
  if (s.length > 3) s = s.replace(/[aiu]$/, '');
  return s;
}

/** Russian noun and surname case endings, longest first. */
const RUSSIAN_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ым', 'им', 'ом', 'ем', 'ой', 'ей', 'ую', 'юю', 'ая', 'яя', 'ах', 'ях', 'ам', 'ям', 'а', 'у', 'е', 'ы', 'и', 'ю', 'я', 'о'];

/**
 * The word and the stems it may have under Russian declension, most
 * likely first, shortest last: "Лаврову" → ["лаврову", "лавров"]; "Брюсселе" → ["брюсселе", "брюссел"].
 * A stem is kept only when at least three letters remain.
 */
export function russianStems(word: string): string[] {
  const lower = word.toLowerCase();
  const out = [lower];
  for (const e of RUSSIAN_ENDINGS) {
    if (lower.endsWith(e) && lower.length - e.length >= 3) {
      const stem = lower.slice(0, -e.length);
      if (!out.includes(stem)) out.push(stem);
    }
  }
  return out;
}
