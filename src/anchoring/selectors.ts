// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors)
// as Sourcelight stores them: a quote with its context, plus the position it had
// when it was made. The quote is the truth; the position is a hint.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** The pair every Sourcelight annotation target carries. */
export interface TextTargetSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}
