// "The ministry confirmed that the talks had been adjourned but declined to give details": "but declined to <say>" with no
// subject of its own, and no comma, is the speaker's refusal (the reporter's note that nothing more was said), not more of
// the reported clause; the clause ends before "but". Before this rule the clause ran on to the sentence's end (only ", but"
// with a comma stopped it).
// Guards: only "declined" or "refused" right after "but", then "to" and a verb of telling ("give", "comment", "say",
// "elaborate", "disclose" …): "prices rose but declined to 3%" (a number) and "rose but declined later" (no "to") run on.
/** " but declined to comment", " but refused to give details": where a clause's speaker's refusal begins. */
export const BUT_DECLINED_TO_SAY_RE = /\s+but\s+(?:declined|refused)\s+to\s+(?:say|comment|explain|respond|reply|confirm|disclose|elaborate|specify|answer|give|provide|discuss|name|reveal|identify|detail)\b/u;
