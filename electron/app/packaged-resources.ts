// Where the packaged app finds what electron-builder ships beside app.asar as extra resources (electron-builder.json
// "extraResources"): the base library, the model catalog and the word vectors. In a checkout the defaults of docent.ts
// apply instead.
import path from 'node:path';

export interface PackagedResources {
  /** The base library's documents (resources/base-docs in the repository). */
  baseDocsDir: string;
  /** The catalog of downloadable models (resources/models/catalog.json in the repository). */
  catalogFile: string;
  /** The offline answerer's word vectors (resources/word-vectors in the repository). */
  wordVectorsDir: string;
}

/** The extra resources' paths under Electron's `process.resourcesPath`. */
export function packagedResources(resourcesPath: string): PackagedResources {
  return {
    baseDocsDir: path.join(resourcesPath, 'base-docs'),
    catalogFile: path.join(resourcesPath, 'models', 'catalog.json'),
    wordVectorsDir: path.join(resourcesPath, 'word-vectors'),
  };
}
