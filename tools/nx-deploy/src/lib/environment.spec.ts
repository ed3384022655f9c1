import { normalizeEnvironment, readEnvironment } from './environment';
import { TempFs } from '../testing/temp-fs';

describe('environments', () => {
  let fs: TempFs;
  beforeEach(() => (fs = new TempFs('environment')));
  afterEach(() => fs.cleanup());

  it('reads deploy/environments/<env>.yaml and fills defaults', () => {
    fs.write(
      'deploy/environments/staging.yaml',
      ['release: todo-chatbot', 'namespace: todo-staging', 'chart: helm/todo-chatbot-chart', 'registry: ghcr.io/acme/'].join(
        '\n',
      ),
    );
    expect(readEnvironment(fs.root, 'staging')).toEqual({
      name: 'staging',
      release: 'todo-chatbot',
      namespace: 'todo-staging',
      registry: 'ghcr.io/acme',
      kubeContext: undefined,
      host: undefined,
      chart: 'helm/todo-chatbot-chart',
      valuesFiles: [],
      values: {},
      timeout: '5m',
      verify: false,
    });
  });

  it('names the file when the environment does not exist', () => {
    expect(() => readEnvironment(fs.root, 'qa')).toThrow('Unknown environment "qa": deploy/environments/qa.yaml does not exist.');
  });

  it('names the file and the line when the environment is not valid YAML', () => {
    fs.write('deploy/environments/qa.yaml', 'release: r\nvalues: {}\nvalues: {}\n');
    expect(() => readEnvironment(fs.root, 'qa')).toThrow(/^deploy\/environments\/qa.yaml is not valid YAML: Map keys must be unique at line 3/);
  });

  it('refuses names that could escape the folder', () => {
    expect(() => readEnvironment(fs.root, '../etc')).toThrow(/not an environment name/);
  });

  it('lists the keys a release cannot do without', () => {
    expect(() => normalizeEnvironment('local', { namespace: 'x' })).toThrow('deploy/environments/local.yaml lacks release, chart.');
  });
});
