// "Name says his side are relishing …. ¶ Speaking on Thursday, the manager said …" and, further down, "Rovers boss Name
// said": a post the text gives someone only after "the manager" was written does not reach back to it once someone has
// spoken; the reader takes "the manager" to be who spoke before (the lead's subject), not a holder not yet met. (A lead that
// opens with "the minister said" and names the minister below, with no one speaking before, still goes to that holder;
// so does a post with its holder's name in apposition, "According to the borough's engineer, Name Name, …".)

/** Whether `name` (a full name) or its last word is printed in `text` before `at`, or later in the same sentence. */
export function printedBefore(text: string, name: string, at: number): boolean {
  const surname = name.split(' ').at(-1)!;
  const full = text.indexOf(name);
  const short = surname.length >= 3 ? text.indexOf(surname) : -1;
  const first = full < 0 ? short : short < 0 ? full : Math.min(full, short);
  if (first < 0) return false;
  return first < at || (first - at < 160 && !/[.!?]\s|\n/u.test(text.slice(at, first)));
}
