import { dictionary } from '@zxcvbn-ts/language-common';

// zxcvbn-ts keeps this list of the ~49,000 most used passwords up to date; we only need the list.
const commonPasswords = new Set(dictionary['passwords-common'].map((password) => password.toLowerCase()));

const KEY_RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** `1234567890`, `abcdefghij`, `qwertyuiop` and the same backwards. */
function isRun(text: string): boolean {
  return KEY_RUNS.some((run) => run.includes(text) || [...run].reverse().join('').includes(text));
}

/**
 * Why a password that is long enough is still easy to guess, or null. The length rule itself is
 * the shared schema's (`PASSWORD_MIN`); this adds what a length cannot say.
 */
export function weakPasswordReason(password: string, account: { email: string; name: string }): string | null {
  const plain = password.trim().toLowerCase();
  if (plain === '') return 'password must not be blank';
  if (new Set(plain.replace(/\s/g, '')).size < 4) return 'password is too simple: use more different characters';
  const squeezed = plain.replace(/[\s._-]+/g, '');
  if (commonPasswords.has(plain) || commonPasswords.has(squeezed)) return 'password is one of the most common passwords: choose another';
  if (isRun(squeezed)) return 'password is a run of keys or digits: choose another';
  const localPart = account.email.toLowerCase().split('@')[0];
  if (squeezed === localPart.replace(/[._-]+/g, '') || squeezed === account.name.trim().toLowerCase().replace(/[\s._-]+/g, '')) {
    return 'password must not be your email or name';
  }
  return null;
}
