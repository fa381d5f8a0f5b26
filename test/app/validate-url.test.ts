import t from 'tap';
import { cleanUrl } from '../../src/validate.js';
import { AppError } from '../../src/errors.js';

// A business's website as an owner types it into the console (QA: "juniperlaneinn.example" was
// refused with "must be a full URL starting with https://").

t.test('an address without a scheme is the https address of that host', async (t) => {
  t.equal(cleanUrl('juniperlaneinn.example', 'Website'), 'https://juniperlaneinn.example/');
  t.equal(cleanUrl('  www.Example.com/about-us ', 'Website'), 'https://www.example.com/about-us');
  t.equal(cleanUrl('shop.example.co.uk:8443/menu?x=1', 'Website'), 'https://shop.example.co.uk:8443/menu?x=1');
});

t.test('an address with a scheme is kept as typed (http stays http)', async (t) => {
  t.equal(cleanUrl('http://example.com', 'Website'), 'http://example.com/');
  t.equal(cleanUrl('HTTPS://Example.com/x', 'Website'), 'https://example.com/x');
});

t.test('what is not a web address is a bad input naming the field, never stored', async (t) => {
  for (const bad of ['not a website', 'javascript:alert(1)', 'mailto:dana@example.com', 'ftp://example.com', 'https://', 'https://user:pw@example.com', 'example', 'x'.repeat(2050) + '.com', 'n.a.', 'e.g.', '...', 'a..b', '1.2', 'example.com/' + 'é'.repeat(1000)]) {
    let error: unknown = null;
    try {
      cleanUrl(bad, 'Website');
    } catch (e) {
      error = e;
    }
    t.ok(error instanceof AppError && error.code === 'BAD_USER_INPUT' && /^Website /.test(error.message), bad.slice(0, 40));
  }
});
