// What statement extraction reports: who said what, and where in the text.
// Offsets are UTF-16 indices into the text given to the extractor, so a
// statement can be highlighted or turned into a W3C TextPositionSelector.

export type StatementKind = 'direct' | 'partial' | 'indirect';

/** What the speaker is: a named or titled person, a body speaking as one (a ministry, a country, NATO), or an unnamed source. */
export type SpeakerKind = 'person' | 'organisation' | 'anonymous';

/** Where the text names (or points at) the speaker: "Lavrov", "he", "a source in …". */
export interface SpeakerMention {
  text: string;
  start: number;
  end: number;
}

export interface Statement {
  /** direct: a quoted sentence; partial: a quoted fragment inside reported speech; indirect: reported speech. */
  kind: StatementKind;
  /** Always `input.slice(start, end)`: the quoted words (without the marks) or the reported clause. */
  text: string;
  /** Canonical full name when the text allows ("Sergei Lavrov"), else null. */
  speaker: string | null;
  /** The speaker is deliberately unnamed ("a source in Russia's diplomatic mission"). */
  anonymous: boolean;
  /** null when the speaker is not known. Always set by the extractor. */
  speakerKind?: SpeakerKind | null;
  start: number;
  end: number;
  /** The attribution word as written: "said", "told", "according to", "agreed"… */
  cue?: string;
  speakerMention?: SpeakerMention;
}
