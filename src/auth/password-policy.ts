import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

// The password rule for every password a person chooses (sign-up, change, reset, invitation):
// long enough, and not guessable. Length alone lets "password1234" and "qwertyuiop12" through;
// zxcvbn-ts (a maintained estimator with the common-password, name and keyboard-pattern lists)
// scores how many guesses an attacker needs. Score 3 ("safely unguessable": ~10^8 guesses,
// enough against online attacks and slowed offline ones with scrypt) is the bar.

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
export const MIN_PASSWORD_SCORE = 3;

export interface PasswordCheck {
  ok: boolean;
  /** zxcvbn score 0-4. */
  score: number;
  /** Why it is refused (null when ok). */
  message: string | null;
}

export interface PasswordPolicy {
  /** `context` is what the person's own data says (e-mail, name, business name): a password built from it is weak. */
  check(password: string, context?: Array<string | null | undefined>): PasswordCheck;
}

export function createPasswordPolicy(): PasswordPolicy {
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
    // Only the start is scored: the estimator's cost grows with length, and 100 chars is plenty.
    maxLength: 100,
  });
  return {
    check(password, context = []) {
      if (typeof password !== 'string' || password.length < MIN_PASSWORD_LENGTH) {
        return { ok: false, score: 0, message: `Password must be at least ${MIN_PASSWORD_LENGTH} characters long` };
      }
      if (password.length > MAX_PASSWORD_LENGTH) return { ok: false, score: 0, message: `Password must be at most ${MAX_PASSWORD_LENGTH} characters long` };
      const inputs = context.flatMap((c) => (c ? [c, ...c.split(/[@.\s_-]+/).filter((w) => w.length >= 3)] : []));
      const result = zxcvbn.check(password, inputs);
      if (result.score >= MIN_PASSWORD_SCORE) return { ok: true, score: result.score, message: null };
      const why = result.feedback.warning ?? 'This password is easy to guess';
      const tip = result.feedback.suggestions[0];
      return { ok: false, score: result.score, message: `${why.replace(/\.$/, '')}. Choose a longer password with unrelated words${tip ? ` (${tip.replace(/\.$/, '').toLowerCase()})` : ''}.` };
    },
  };
}

let shared: PasswordPolicy | undefined;

/**
 * The process's policy, built on first use (the dictionaries take ~0.5 s to index) and never
 * changed after: an immutable value, memoised so start-up and tests that never set a password
 * do not pay for it.
 */
export function passwordPolicy(): PasswordPolicy {
  return (shared ??= createPasswordPolicy());
}
