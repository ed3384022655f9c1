// Reads `helm template` output on stdin, checks every Deployment and Service against the
// Kubernetes API schemas (kubernetes-models), and requires the ones named in argv.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import { Service } from 'kubernetes-models/v1';
import { Deployment } from 'kubernetes-models/apps/v1';

const models = { Deployment, Service };
const required = process.argv.slice(2);
const seen = new Set();
for (const document of parseAllDocuments(readFileSync(0, 'utf8'))) {
  const object = document.toJS();
  const Model = object && models[object.kind];
  if (!Model) continue;
  new Model(object).validate();
  seen.add(`${object.kind}/${object.metadata.name}`);
}
const missing = required.filter((id) => !seen.has(id));
if (missing.length > 0) {
  console.error(`missing from the rendered manifests: ${missing.join(', ')}`);
  process.exit(1);
}
console.log(`valid: ${[...seen].sort().join(', ')}`);
