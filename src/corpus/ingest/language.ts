// The language of an article when its source does not say: for the languages
// the engines handle, the share of Cyrillic and Latin letters is enough.

/** 'ru' for mostly Cyrillic text, 'en' for mostly Latin, else 'und' (undetermined). */
export function detectLanguage(text: string): string {
  let cyrillic = 0;
  let latin = 0;
  let letters = 0;
  for (const ch of text.slice(0, 20_000).matchAll(/\p{L}/gu)) {
    letters++;
    if (/\p{Script=Cyrillic}/u.test(ch[0])) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch[0])) latin++;
  }
  if (letters === 0) return 'und';
  if (cyrillic / letters >= 0.5) return 'ru';
  if (latin / letters >= 0.5) return 'en';
  return 'und';
}

/** The primary subtag of a language tag ("en-GB" → "en"), or undefined when it is not one. */
export function primaryLanguage(tag: string | undefined): string | undefined {
  const m = tag?.trim().match(/^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i);
  return m ? m[1]!.toLowerCase() : undefined;
}
