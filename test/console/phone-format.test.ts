import t from 'tap';
import { formatPhone } from '../../admin/src/phone-format.js';

// Session 30 QA: a UK heating engineer's console showed its emergency lead's phone as
// "+447911123456" (only North American numbers were grouped), while its e-mail said "+44 7911 123456".
t.test('numbers are shown grouped the way their country writes them', async (t) => {
  t.equal(formatPhone('+14153216547'), '+1 415-321-6547', 'North America as before');
  t.equal(formatPhone('+447911123456'), '+44 7911 123456');
  t.equal(formatPhone('+441174960123'), '+44 117 496 0123');
  t.equal(formatPhone('+61291234567'), '+61 2 9123 4567');
  t.equal(formatPhone(null), '—');
  t.equal(formatPhone('+999'), '+999', 'what it cannot read is shown as stored');
});
