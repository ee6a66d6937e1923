// "The east wall will be rebuilt over two summers, the Harbour Trust has announced, after a £1.2m grant was confirmed.":
// the last comma of a sentence may open the writer's setting of the story ("after …", "following …", "amid …"), a clause
// with its own verb ("was confirmed"), which was read as the closing attribution and lost the lead's statement. Such a
// tail is passed over, so the attribution before it is read, its end at this comma (attribution.ts's aside rule).
// Guards: the tail opens with one of these prepositions; "as" is left out ("…, as the minister said." is an attribution).
const SETTING_TAIL_RE = /^\s+(?:after|following|amid|despite|before)\s+(?:a|an|the|its|their|his|her|this|months|weeks|years|days|\p{N})/u;

/** Whether `tail` (after a sentence's comma) is the writer's setting opened by a preposition. */
export function isSettingTail(tail: string): boolean {
  return SETTING_TAIL_RE.test(tail);
}
