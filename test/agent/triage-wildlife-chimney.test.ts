import t from 'tap';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Hazard families of wildlife removal and chimney work, written for this test (not in eval/data):
// a wild animal attacking people or pets now, or showing signs of rabies near people; one loose in a
// living room, a bathtub or a bed; bricks falling (Spanish); a chimney visibly tilted after a storm.
// Contrasts: an animal in the attic (routine removal), a plumber's drain snake, an animal already
// trapped under a box (contained, HIGH), a fire in the fireplace last winter (Spanish, past).
// Priority: the work wanted before the storm, or this week before it turns cold, is HIGH.

const tables: Record<string, TriageRow[]> = {
  'wild animals attacking, sick, or loose where people are': [
    ['a coyote is chasing the kids in the schoolyard right now', true, 'URGENT'],
    ['there is a skunk going after my dog in the garden', true, 'URGENT'],
    ['a fox has been stumbling around the playground all morning and the kids are out at recess', true, 'URGENT'],
    ['hay un zorro echando espuma por la boca cerca de la escuela', true, 'URGENT'],
    ['a squirrel got in through the cat flap and is loose in the living room with the baby', true, 'URGENT'],
    ['un mapache se metió al baño y mi hija está en la casa', true, 'URGENT'],
    ['we hear squirrels in the attic every morning, can you get them out', false, 'NORMAL'],
    ['the drain snake the plumber left is stuck in the toilet', false, 'NORMAL'],
    ['the raccoon is trapped under a laundry bin in the garage now, kids are inside, can someone come today', false, 'HIGH'],
  ],
  'chimneys and masonry coming down': [
    ['se están cayendo tejas del techo sobre la banqueta', true, 'URGENT'],
    ['after last nights wind the chimney is visibly leaning toward the neighbours patio', true, 'URGENT'],
    ['la navidad pasada tuvimos humo en la sala por la chimenea, quiero una revisión', false, 'NORMAL'],
    ['the chimney crown has a small crack, can you quote a repair', false, 'NORMAL'],
  ],
  'weather before the work': [
    ['the flashing on the chimney is loose, please fix it before the storm on friday', false, 'HIGH'],
    ['can someone sweep the flue this week before it turns cold, it is our only heat', false, 'HIGH'],
    ['we would like a chimney sweep sometime before next winter', false, 'LOW'],
  ],
};

checkTriageTables(t, tables);
