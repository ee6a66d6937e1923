declare module 'virtual:sourcelight-corpus' {
  import type { CorpusBundle } from '../../src/corpus/types.ts';
  const bundle: CorpusBundle;
  export default bundle;
}

declare module '*.css?inline' {
  const css: string;
  export default css;
}

declare module '*.css' {}
