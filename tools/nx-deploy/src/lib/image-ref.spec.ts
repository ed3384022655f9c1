import { formatImageRef, imageFromValues } from './image-ref';

describe('image refs', () => {
  it('formats with and without registry and digest', () => {
    expect(formatImageRef('', { repository: 'todo-chatbot/api', tag: 'abc' })).toBe('todo-chatbot/api:abc');
    expect(formatImageRef('ghcr.io/acme', { repository: 'todo-chatbot/api', tag: 'abc', digest: 'sha256:01' })).toBe(
      'ghcr.io/acme/todo-chatbot/api:abc@sha256:01',
    );
  });

  it('reads a service image from release values, ignoring the chart default empty tag', () => {
    expect(imageFromValues({ image: { repository: 'todo-chatbot/web', tag: 'f00', digest: '' } })).toEqual({
      repository: 'todo-chatbot/web',
      tag: 'f00',
    });
    expect(imageFromValues({ image: { repository: 'todo-chatbot/web', tag: '' } })).toBeUndefined();
    expect(imageFromValues(undefined)).toBeUndefined();
  });

  it('reads the recorded revision only when it is a commit id', () => {
    const revision = 'a'.repeat(40);
    expect(imageFromValues({ image: { repository: 'todo-chatbot/web', tag: 'f00', revision } })?.revision).toBe(revision);
    expect(imageFromValues({ image: { repository: 'todo-chatbot/web', tag: 'f00', revision: 'unknown' } })).toEqual({
      repository: 'todo-chatbot/web',
      tag: 'f00',
    });
  });
});
