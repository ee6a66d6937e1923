/** Where the build puts the binary recognition index inside the extension package. */
export const INDEX_ASSET = 'corpus/recognition-index.bin';
