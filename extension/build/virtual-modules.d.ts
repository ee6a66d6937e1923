declare module 'virtual:sourcelight-corpus' {
  import type { CorpusPackage } from '../../src/corpus/corpus-package.ts';
  const bundle: CorpusPackage;
  export default bundle;
}

declare module '*.css?inline' {
  const css: string;
  export default css;
}

declare module '*.css' {}
