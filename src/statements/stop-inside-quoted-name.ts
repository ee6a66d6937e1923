// A full stop inside a short name in guillemets («Вести. Тверь», «Эхо. Москва») does not end the sentence around it. The
// sentence splitter runs on text whose quotations are masked; a name left unmasked still shows its stop, and a split there
// leaves the name's last word as the next sentence's subject («Тверь» заявила, что …).

/** How far a name's marks may stand from its stop. */
const NAME_REACH = 30;

/** Whether the full stop at `at` in `paragraph` stands inside a «…» that opened and closes within a short name's reach. */
export function stopInsideQuotedName(paragraph: string, at: number): boolean {
  const before = paragraph.slice(Math.max(0, at - NAME_REACH), at);
  const open = before.lastIndexOf('\u00AB');
  if (open < 0 || before.indexOf('\u00BB', open) >= 0) return false;
  const after = paragraph.slice(at + 1, at + 1 + NAME_REACH);
  const close = after.indexOf('\u00BB');
  if (close < 0) return false;
  const rest = after.slice(0, close);
  // (The rest a few words with no mark and no other stop: «Вести. Тверь», not a sentence quoted on.)
  return !/[\u00AB.!?]/u.test(rest) && rest.trim().split(/\s+/u).length <= 3;
}
