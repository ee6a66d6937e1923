// 'Wolves captain Name, who left the field injured, was described by his coach as "probably out for a month"': a label
// given in the passive names who gave it after "by", and that agent, not the sentence's subject (who is the one labelled),
// is the speaker of the partial quotation; thirty-first session, d1476. Guards: only a verb of labelling in the passive
// ("was / were / is / are / been described / called / branded / dubbed / termed / labelled by … as"), the agent short (a
// name of up to four words, or a determiner and one or two lower-case words), and "as" or the quotation right after it;
// 'was described as "…" by Name' (the agent after the quotation) is not read here.

const PASSIVE_LABEL_RE = /(?<!\p{L})(?:was|were|is|are|been|being)\s+(described|called|branded|dubbed|termed|labell?ed)\s+by\s+((?:the|his|her|its|their)\s+[\p{Ll}-]+(?:\s+(?!as\s)[\p{Ll}-]+)?|(?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,3}\p{Lu}[\p{L}'\u2019.-]*)\s+(?:as\s+)?$/u;

/** The passive verb of labelling and its agent right before a quotation, with their offsets in the sentence's lead. */
export function passiveLabelAgent(lead: string): { verb: string; verbIndex: number; agent: string; agentIndex: number } | null {
  const m = PASSIVE_LABEL_RE.exec(lead);
  if (!m) return null;
  const verbIndex = m.index + m[0].indexOf(m[1]!);
  const agentIndex = verbIndex + m[0].slice(m[0].indexOf(m[1]!)).indexOf(m[2]!, m[1]!.length);
  return { verb: m[1]!, verbIndex, agent: m[2]!, agentIndex };
}
