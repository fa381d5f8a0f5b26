import t from 'tap';
import { codeOf, errorOf, startGraphqlApp } from '../graphql/harness.js';

// L8: the password rule was length only ("password1234" passed). Passwords people choose are
// now scored by zxcvbn-ts (common-password, keyboard-pattern and name lists) and must not be
// built from the person's own e-mail.

const h = await startGraphqlApp(t);
const anon = h.client();
const signUp = (email: string, password: string) =>
  anon.mutation({ signUp: { __args: { input: { businessName: 'L8 Plumbing', email, password } }, token: true } });

t.test('common and guessable passwords are refused, whatever their length', async (t) => {
  for (const [i, password] of ['password1234', 'qwertyuiop123', 'aaaaaaaaaaaaaaaa', 'letmein123456'].entries()) {
    const err = await errorOf(signUp(`l8-${i}@l8.test`, password));
    t.equal(err.extensions.code, 'BAD_USER_INPUT', `"${password}" is refused`);
    t.equal(err.extensions.field, 'password');
  }
  t.equal(await codeOf(signUp('l8-good@l8.test', 'violet anchor gravel 58')), 'OK', 'a long unguessable one is fine');
});

t.test('the console can check a password before sending it', async (t) => {
  const weak = await anon.query({ passwordStrength: { __args: { password: 'password1234' }, ok: true, score: true, message: true } });
  t.equal(weak.passwordStrength.ok, false);
  t.match(weak.passwordStrength.message, /common/i);
  const strong = await anon.query({ passwordStrength: { __args: { password: 'violet anchor gravel 58' }, ok: true, score: true } });
  t.same(strong.passwordStrength, { ok: true, score: 4 });
  const own = await anon.query({ passwordStrength: { __args: { password: 'janedoeplumbing', email: 'janedoe.plumbing@example.test' }, ok: true } });
  t.equal(own.passwordStrength.ok, false, "a password made of the person's own e-mail is weak");
});
