/** Where the build puts the binary recognition index inside the extension package. */
export const INDEX_ASSET = 'corpus/recognition-index.bin';

/** Where the build puts the shipped corpus package (JSON) inside the extension package. */
export const CORPUS_ASSET = 'corpus/corpus-package.json';
