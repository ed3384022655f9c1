import { recordedDigest, writeImageRecord } from './image-record';
import { TempFs } from '../testing/temp-fs';

describe('image records', () => {
  let fs: TempFs;
  beforeEach(() => (fs = new TempFs('image-record')));
  afterEach(() => fs.cleanup());

  it('gives back the digest of the same tag and registry only', () => {
    writeImageRecord(fs.root, {
      project: 'api',
      registry: 'ghcr.io/acme',
      repository: 'todo-chatbot/api',
      tag: 'aaa',
      digest: 'sha256:01',
    });
    const image = { repository: 'todo-chatbot/api', tag: 'aaa' };
    expect(recordedDigest(fs.root, 'api', 'ghcr.io/acme', image)).toBe('sha256:01');
    expect(recordedDigest(fs.root, 'api', 'ghcr.io/acme', { ...image, tag: 'bbb' })).toBeUndefined();
    expect(recordedDigest(fs.root, 'api', '', image)).toBeUndefined();
    expect(recordedDigest(fs.root, 'web', 'ghcr.io/acme', image)).toBeUndefined();
  });
});
