import { execCommand, formatCommand, runCommand } from './exec-command';

describe('formatCommand', () => {
  it('quotes only the parts a shell would split or expand', () => {
    expect(formatCommand('helm', ['upgrade', '--set', 'a=b c', "it's", '--timeout', '5m'])).toBe(
      `helm upgrade --set 'a=b c' 'it'\\''s' --timeout 5m`,
    );
  });
});

describe('runCommand / execCommand', () => {
  beforeEach(() => jest.spyOn(console, 'log').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('captures output and the exit code', async () => {
    const result = await runCommand(process.execPath, ['-e', 'console.log("out"); console.error("err"); process.exit(3)'], {
      cwd: process.cwd(),
    });
    expect(result).toEqual({ code: 3, stdout: 'out\n', stderr: 'err\n' });
  });

  it('throws with the command line and stderr on failure', async () => {
    await expect(
      execCommand(process.execPath, ['-e', 'console.error("no such image"); process.exit(1)'], { cwd: process.cwd() }),
    ).rejects.toThrow(/exited with code 1\nno such image/);
  });

  it('rejects when the binary does not exist', async () => {
    await expect(runCommand('nx-deploy-no-such-binary', [], { cwd: process.cwd() })).rejects.toThrow(/ENOENT/);
  });
});
