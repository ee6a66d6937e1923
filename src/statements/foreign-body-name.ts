// "The Fédération des Viticulteurs de l'Yonne estimates …. In a note to members, it said …", "Fundación para la Tierra
// Andina said": a body's name in French, Spanish, Italian or Portuguese, opened by its word for a body, keeps its small
// words ("des", "de l'", "para la") between capitalised ones; the whole is the body's name.
import type { Token } from './speaker-phrase.ts';

/** Small words inside a Romance-language body's name. */
const PARTICLES = new Set(['de', 'des', 'du', 'della', 'delle', 'dei', 'degli', 'di', 'da', 'do', 'dos', 'das', 'del', 'la', 'le',
  'les', 'el', 'los', 'las', 'y', 'et', 'e', 'per', 'para', 'pour', 'pela', 'pelo',
  // (And Welsh "yr", the article before a vowel, "Cylch yr Iaith"; "y" is above. Fortieth session, d2232.)
  'yr']);

/** The body's name when `tokens` are "[the] <body word> … <particles and capitalised words>"; else null. */
export function foreignBodyName(tokens: readonly Token[], opensBody: (lower: string) => boolean): string | null {
  const named = tokens[0]?.lower === 'the' ? tokens.slice(1) : tokens;
  if (named.length < 3 || !/^\p{Lu}/u.test(named[0]!.text) || !opensBody(named[0]!.lower)) return null;
  // ("Sindicato N°2 de Trabajadores …", "Syndicat Nº3 des …": a union's number after its word, which the tokens split
  // into "N" and "2" as the degree sign is no letter; printed back as "N°2".)
  const numbered = numberAfterBodyWord(named);
  if (numbered) {
    const rest = foreignBodyName([named[0]!, ...named.slice(1 + numbered.tokens)], opensBody);
    return rest ? `${named[0]!.text} ${numbered.printed} ${rest.slice(named[0]!.text.length + 1)}` : null;
  }
  const rest = named.slice(1);
  // (Capitalised words, or one elided article joined to one: "l'Yonne", "d'Aoste".)
  const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text) || /^[ldLD]['\u2019]\p{Lu}/u.test(t.text);
  if (!rest.some((t) => PARTICLES.has(t.text)) || !capitalised(rest.at(-1)!)) return null;
  if (!rest.every((t) => capitalised(t) || PARTICLES.has(t.text))) return null;
  return named.map((t) => t.text).join(' ');
}

/** A number right after the body's word: "N" then digits ("N°2"), "Nº2", "No." then digits; its tokens and print. */
function numberAfterBodyWord(named: readonly Token[]): { tokens: number; printed: string } | null {
  const mark = named[1];
  const digits = named[2];
  if (mark && /^N[º°]?\p{N}{1,3}$/u.test(mark.text)) return { tokens: 1, printed: mark.text };
  if (!mark || !digits || !/^\p{N}{1,3}$/u.test(digits.text)) return null;
  if (mark.text === 'N' && digits.start === mark.end + 1) return { tokens: 2, printed: `N°${digits.text}` };
  if (/^No\.?$/u.test(mark.text)) return { tokens: 2, printed: `No. ${digits.text}` };
  return null;
}
