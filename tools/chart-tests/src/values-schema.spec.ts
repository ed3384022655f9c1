import Ajv2020 from 'ajv/dist/2020';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helmLintArgs, helmTemplateArgs, runHelm } from '../scripts/lib/helm.mjs';
import { parse } from 'yaml';
import { chart, workspaceRoot } from './render-scenarios';

const base = join(chart, 'ci', 'default-values.yaml');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chart-values-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withValues(name: string, yaml: string) {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, yaml);
  const options = { valuesFiles: [base, file] };
  return {
    template: runHelm(workspaceRoot, helmTemplateArgs(workspaceRoot, options)),
    lint: runHelm(workspaceRoot, helmLintArgs(workspaceRoot, options)),
  };
}

describe('values.schema.json', () => {
  it.each([
    ['string replicas', 'services:\n  api:\n    replicas: "3"\n', "at '/services/api/replicas': got string, want integer"],
    ['unknown service key', 'services:\n  web:\n    replica: 2\n', "at '/services/web': additional properties 'replica' not allowed"],
    ['bad pullPolicy', 'services:\n  api:\n    image:\n      pullPolicy: Sometimes\n', "at '/services/api/image/pullPolicy': value must be one of"],
    ['unknown top-level key', 'ingres:\n  enabled: true\n', "additional properties 'ingres' not allowed"],
    ['bad service type', 'services:\n  web:\n    service:\n      type: External\n', "at '/services/web/service/type'"],
    ['new service without image', 'services:\n  worker:\n    port: 8080\n', "at '/services/worker': missing property 'image'"],
    ['bad chat provider', 'config:\n  chatProvider: gpt\n', "at '/config/chatProvider'"],
  ])('rejects a %s in helm template and helm lint, naming the key', (_case, yaml, message) => {
    const { template, lint } = withValues(_case.replace(/\W+/g, '-'), yaml);
    expect(template.ok).toBe(false);
    expect(template.stderr).toContain(message);
    expect(lint.ok).toBe(false);
    expect(lint.stdout + lint.stderr).toContain(message);
  });

  it('accepts the documented defaults with only a database URL', () => {
    expect(withValues('empty', '{}\n').template.ok).toBe(true);
  });
});

describe('values the schema cannot judge alone', () => {
  it('refuses an install with no database configured', () => {
    const result = runHelm(workspaceRoot, helmTemplateArgs(workspaceRoot, {}));
    expect(result.ok).toBe(false);
    expect(result.stderr).toContain('secrets.databaseUrl: no database configured');
  });

  it('refuses an upstream that names no service', () => {
    const { template } = withValues('upstream', 'services:\n  web:\n    upstreams:\n      API_URL: backend\n');
    expect(template.ok).toBe(false);
    expect(template.stderr).toContain('services.web.upstreams.API_URL: no service named "backend"');
  });
});

describe('values.schema.json outside helm', () => {
  // The deploy plugin checks rendered values against this schema with Ajv before calling helm.
  it('compiles as JSON Schema 2020-12 with Ajv and accepts values.yaml', () => {
    const schema = JSON.parse(readFileSync(join(chart, 'values.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(parse(readFileSync(join(chart, 'values.yaml'), 'utf8')))).toBe(true);
  });
});
