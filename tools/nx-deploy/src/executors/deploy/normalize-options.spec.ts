import { TempFs } from '../../testing/temp-fs';
import { normalizeOptions } from './normalize-options';

describe('deploy normalizeOptions', () => {
  let fs: TempFs;
  beforeEach(() => {
    fs = new TempFs('deploy-options');
    fs.write('deploy/environments/staging.yaml', 'release: todo\nnamespace: todo-staging\nchart: helm/chart\nregistry: ghcr.io/acme\nverify: true\n');
    fs.write('deploy/environments/local.yaml', 'release: todo\nnamespace: todo\nchart: helm/chart\n');
  });
  afterEach(() => fs.cleanup());

  it("fills push and verify from the environment, and --timeout replaces the environment's", () => {
    expect(normalizeOptions(fs.root, { env: 'staging', timeout: '90s' })).toMatchObject({
      env: { name: 'staging', timeout: '90s' },
      timeoutSeconds: 90,
      dryRun: false,
      engine: 'auto',
      push: true,
      verify: true,
      explain: false,
      detailedExitcode: false,
    });
    expect(normalizeOptions(fs.root, { env: 'local' })).toMatchObject({ push: false, verify: false, timeoutSeconds: 300 });
  });

  it('lets the command line win over the environment', () => {
    expect(normalizeOptions(fs.root, { env: 'staging', push: false, verify: false, engine: 'podman' })).toMatchObject({
      push: false,
      verify: false,
      engine: 'podman',
    });
  });

  it('refuses a malformed --timeout and option combinations that cannot mean anything', () => {
    expect(() => normalizeOptions(fs.root, { env: 'local', timeout: 'soon' })).toThrow('"soon" is not a duration');
    expect(() => normalizeOptions(fs.root, { env: 'local', plan: 'p.json', dryRun: true })).toThrow('--plan applies a saved plan');
    expect(() => normalizeOptions(fs.root, { env: 'local', detailedExitcode: true })).toThrow('--detailed-exitcode needs --plan-out <file>');
  });
});
