// "Harrowgate Athletic have sacked their manager …. The club said in a statement …", "Head Coach Name admitted
// Castlebridge United were …. In a statement, the club said …": a sports club's name is capitalised words ending in a
// word clubs are named with ("United", "Rovers", "Athletic", "FC"), and "the club" is the one the story is about — the
// such name printed most often before, the first of equals, not counting one printed after a preposition or a verb of
// playing, which is the opponent ("a 2-1 defeat to Ashworth Town", "a draw with Cowdenbeath Rovers"); the opponent's
// boss quoted once ("Dunholme Athletic boss Name said") does not make the opponent the story's club. ("City", "Town",
// "County" are left out: places end so.)
import { TEAM_NICKNAMES } from './people-plural-body-name.ts';

// (Also a rugby club's letters or word, "Harlow Park RFC", "Aurillac Cantal Rugby", and a team's plural nickname, "Halton
// Vikings": people-plural-body-name.ts.)
const CLUB_NAME_RE = new RegExp(`(?<![\\p{L}'\u2019-])((?:\\p{Lu}[\\p{L}'\u2019-]*\\s+){1,3}(?:United|Rovers|Athletic|Wanderers|Albion|Rangers|Hotspur|Argyle|Orient|Thistle|Harriers|FC|AFC|RFC|RLFC|RUFC|Rugby|${TEAM_NICKNAMES.join('|')}))(?![\\p{L}'\u2019])`, 'gu');
/** Words before an opponent's name. */
const BEFORE_OPPONENT_RE = /\b(?:with|against|to|by|over|from|at|v|vs|versus|beat|beating|beaten|face|faces|facing|faced|host|hosts|hosting|visit|visits|visiting|play|plays|playing|played|and|of)\s+(?:the\s+)?$/iu;

/** The sports club the text names most often before `at` (the first of equals), for "the club said"; else null. */
export function clubNamedBefore(text: string, at: number): string | null {
  const counts = new Map<string, number>();
  for (const m of text.slice(0, at).matchAll(CLUB_NAME_RE)) {
    const words = m[1]!.split(/\s+/u);
    // (A sentence's first word, "The" or "In", is none of the name.)
    while (words.length > 2 && /^(?:The|A|An|In|On|At|For|From|After|Before)$/u.test(words[0]!)) words.shift();
    if (BEFORE_OPPONENT_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    // (Keyed in lower case: a tabloid's "HALLAM Rovers" is "Hallam Rovers".)
    const key = words.join(' ');
    const same = [...counts.keys()].find((k) => k.toLowerCase() === key.toLowerCase()) ?? key;
    counts.set(same, (counts.get(same) ?? 0) + 1);
  }
  let found: string | null = null;
  for (const [name, n] of counts) if (found === null || n > counts.get(found)!) found = name;
  return found;
}

/**
 * "Castleford Lane said they would not appeal …. The club said they had asked …": "the club" opening the sentence right
 * after one whose subject, the body the text last named, spoke ("X said …"), is that body, not the club the story is
 * about (the most printed club name, above, which in a match report is often the opponent). Guards: the body's sentence
 * is the one right before, in the same paragraph, and opens with the name and a verb of saying; only for "the club" /
 * "the team" / "the side" (the caller).
 */
export function bodySpokeInSentenceBefore(text: string, body: string | undefined, at: number): boolean {
  if (!body) return false;
  const esc = body.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
  const before = text.slice(Math.max(0, at - 400), at).replace(/(?:[Tt]he|[Ii]n\s+a\s+statement,\s+the)\s*$/u, '');
  return new RegExp(`(?:^|[.!?]["\u201D]?[ \\t]+|\\n\\s*)${esc}\\s+(?:said|says|added|confirmed|announced|stated)\\s[^.!?\\n]*[.!?]["\u201D]?[ \\t]+$`, 'u').test(before);
}
