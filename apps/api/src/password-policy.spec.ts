import { weakPasswordReason } from './password-policy';

const account = { email: 'grace.hopper@example.test', name: 'Grace Hopper' };

describe('weakPasswordReason', () => {
  it.each([
    ['ten spaces', ' '.repeat(10), /blank/],
    ['one key held down', 'aaaaaaaaaaaa', /more different characters/],
    ['a common password', '1234567890', /most common/],
    ['a common password in capitals', 'PASSWORD123', /most common/],
    ['a common phrase with spaces', 'i love you', /most common|different characters/],
    ['a keyboard row', 'qwertyuiop', /most common|run of keys/],
    ['the alphabet backwards', 'zyxwvutsrqpon', /run of keys/],
    ['the email’s local part', 'grace.hopper', /email or name/],
    ['the name', 'GraceHopper', /email or name/],
  ])('refuses %s', (_case, password, reason) => {
    expect(weakPasswordReason(password, account)).toMatch(reason);
  });

  it.each(['correct horse battery', 'analytical engine', 'Tr0ub4dor&3 staple', 'long enough pw'])('accepts %j', (password) => {
    expect(weakPasswordReason(password, account)).toBeNull();
  });
});
