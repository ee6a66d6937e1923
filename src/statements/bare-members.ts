// "In a Facebook group for parents in the town, members say night staff are stretched", "At the meeting, members said
// …": a bare "members" in lower case, after an opening phrase that says where they gather, speaks as an unnamed group,
// as "Members say …" opening a sentence already did (forty-fourth session, d2462). Guards: the phrase is that one word
// alone; "its members", "the members", "NATO members", "members of the board" are read as they were.

/** True for the phrase "members" alone, in lower case. */
export function isBareMembers(tokens: readonly { text: string }[]): boolean {
  return tokens.length === 1 && tokens[0]!.text === 'members';
}
