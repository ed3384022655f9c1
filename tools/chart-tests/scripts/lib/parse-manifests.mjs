import { parseAllDocuments } from 'yaml';

/**
 * Parses a multi-document helm render into plain objects, dropping empty documents.
 * @param {string} manifest
 * @returns {Record<string, any>[]}
 */
export function parseManifests(manifest) {
  return parseAllDocuments(manifest)
    .map((doc) => {
      if (doc.errors.length > 0) throw new Error(`invalid YAML in render: ${doc.errors[0].message}`);
      return doc.toJS();
    })
    .filter((object) => object !== null && object !== undefined);
}
