import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { releaseLockPath, withReleaseLock } from './release-lock';
import { TempFs } from '../testing/temp-fs';

describe('withReleaseLock', () => {
  let fs: TempFs;
  beforeEach(() => (fs = new TempFs('lock')));
  afterEach(() => fs.cleanup());

  it('runs deploys of one release one after the other', async () => {
    const events: string[] = [];
    const step = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      events.push(`${name} end`);
    };
    await Promise.all([withReleaseLock(fs.root, 'local', step('a')), withReleaseLock(fs.root, 'local', step('b'))]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
    expect(existsSync(join(fs.root, releaseLockPath('local')))).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    fs.write(releaseLockPath('local'), '999999999');
    await expect(withReleaseLock(fs.root, 'local', async () => 'ran')).resolves.toBe('ran');
  });
});
