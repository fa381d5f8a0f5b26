import t from 'tap';
import { saysDays } from '../../src/agent/answer-days.js';

// The weekdays/weekends test of saysDays held two backspace characters where "\b" was meant (a
// file move in session 31 wrote them), so "Crews work weekends" never said on which days the work
// runs, and "do you work weekends" could be answered "No." from the office's hours instead.
t.test('a unit that names weekdays or weekends says on which days', async (t) => {
  t.ok(saysDays('Crews work weekends at no extra charge.'));
  t.ok(saysDays('Installs run on weekdays only.'));
  t.ok(saysDays('Open Monday to Friday.'));
  t.notOk(saysDays('We answer every message within a day.'));
  t.notOk(saysDays('Our weekender bag is $40.'), 'a word that starts like it is not it');
});
