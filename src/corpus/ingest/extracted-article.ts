// STAND-IN (wt-addui) for wt-ingest's file: the contract's shapes only.
export interface ExtractedArticle {
  url: string;
  text: string;
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  modified?: string;
  language?: string;
  addresses?: string[];
}
export class IngestError extends Error {
  override name = 'IngestError';
}
