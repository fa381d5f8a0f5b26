import t from 'tap';
import { triage } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri42 (issue 12). Emergencies of the tune split that only the learned signal caught, read again as the general readings the
// rules lacked, with probes written for trades with no knowledge base or fixture (a sauna, an ice rink, an orchard, a petting
// farm, a hotel, boat tours): a blow to the head and its sign past a "but"; something unknown eaten and a sign of poison; a
// structure growing worse within hours; something overhead coming loose over people; someone shut in where the enclosure was
// named before; a hot tub reading past what a body stands; someone on something giving way under them; a hiss that makes
// people dizzy; a fever said as "burning up"; someone in the water barely moving or not coming back up.
// Every emergency row was missed by the rules before this round; every look-alike stays calm by the rules.

const tables: Record<string, TriageRow[]> = {
  'an emergency said through its sign': [
    ["player hit his head on the ice, hes awake but throwing up and confused", true, 'URGENT', 'MEDICAL'],
    ["a llama kicked a little girl in the head and shes not crying, just staring", true, 'URGENT', 'MEDICAL'],
    ["my nephew took a puck to the head and now hes kinda out of it", true, 'URGENT', 'MEDICAL'],
    ["kid ate some of the berries by the fence and now hes vomiting", true, 'URGENT', 'MEDICAL'],
    ["the puppy licked the stuff they sprayed on the deck and now hes drooling and shaking", true, 'URGENT', 'MEDICAL'],
    ["my toddler got into the bait station behind the shed and had pellets in his mouth", true, 'URGENT', 'MEDICAL'],
    ["the crack in the pool wall got way wider since this morning and water is draining out", true, 'URGENT', 'STATED'],
    ["the basement floor dropped like two inches since last night and the water heater is tilting", true, 'URGENT', 'STATED'],
    ["new cracks are opening in the plaster while we watch and the doors wont close", true, 'URGENT', 'STATED'],
    ["a sinkhole is opening up in the orchard lane and it keeps getting bigger", true, 'URGENT', 'STATED'],
    ["the scoreboard is hanging by one cable over center ice and skaters are under it", true, 'URGENT', 'STATED'],
    ["icicles crashing down over the front entrance where guests walk in", true, 'URGENT', 'STATED'],
    ["the light rig above the stage is dangling by one strap and people are standing under it", true, 'URGENT', 'STATED'],
    ["sauna door is jammed and my friend is stuck inside, its 90 degrees in there", true, 'URGENT', 'MEDICAL'],
    ["the walk in cooler door latched shut and my cook is inside", true, 'URGENT', 'MEDICAL'],
    ["the steam room door latched shut and my grandpa is still in there", true, 'URGENT', 'MEDICAL'],
    ["hot tub thermometer says 110 and my kid was just in it", true, 'URGENT', 'STATED'],
    ["the spa is reading 108 and climbing and it wont shut off", true, 'URGENT', 'STATED'],
    ["ice is cracking on the outdoor pond rink and two kids are out in the middle", true, 'URGENT', 'STATED'],
    ["the balcony railing came loose and my kid was leaning on it", true, 'URGENT', 'STATED'],
    ["a loud hiss from the condensing unit and the guys in the back are getting dizzy", true, 'URGENT', 'STATED'],
    ["my girl is burning up, its 105 and shes all floppy and not answering", true, 'URGENT', 'MEDICAL'],
    ["a paddler tipped over past the buoys and isnt coming back up", true, 'URGENT', 'MEDICAL'],
    ["someone fell off the tour boat and theyre in the water barely moving", true, 'URGENT', 'MEDICAL'],
  ],
  'figurative, over, asked, a setting, a booking, or work to quote': [
    ["you hit the nail on the head, the kids were confused about the schedule", false, 'NORMAL'],
    ["my son hit his head on the ice last month, can he wear a helmet in lessons", false, 'NORMAL'],
    ["my dog ate some of the berries and was fine, are they toxic?", false, 'LOW'],
    ["what if a kid eats some of the berries and starts vomiting", false, 'LOW'],
    ["the crack in my windshield is getting bigger since this morning", false, 'HIGH'],
    ["the crack in the foundation got wider over the years, can you quote", false, 'NORMAL'],
    ["our floor is sagging more than last year, quote?", false, 'LOW'],
    ["the gutter is pulling away a bit over the back door, can you quote", false, 'NORMAL'],
    ["the kids go in and out of that door all day, can the gutter be cleaned", false, 'NORMAL'],
    ["the sauna door sticks sometimes and people get stuck inside for a sec", false, 'NORMAL'],
    ["my dad is in the garage working, its 90 degrees, the door is stuck open can you fix it", false, 'NORMAL'],
    ["the kids were stuck in the sauna yesterday for a minute, please fix the latch", false, 'NORMAL'],
    ["is it normal if the hot tub says 106?", false, 'LOW'],
    ["our hot tub is at 104, can we set it to 106 for the party", false, 'NORMAL'],
    ["hot tub hit 105 yesterday after you serviced it, can you recalibrate", false, 'NORMAL'],
    ["what should i do if my kid ever gets locked in the sauna", false, 'LOW'],
    ["its burning up in here, 105 outside, can you fix the ac", false, 'NORMAL'],
    ["the deck boards are cracked, my kids play on it all day, can you quote", false, 'NORMAL'],
    ["the air compressor hisses when it fills, is that normal", false, 'LOW'],
    ["this price is killing me, any discount for the ice rink", false, 'LOW'],
    ["can we book the fire pit and hot tub for saturday", false, 'NORMAL'],
  ],
};

checkRulesAlone(t, tables);
checkLookAlikesByRules(t, tables);
checkTriageTables(t, tables);

t.test('a rule read over the whole message sees an earlier day and a supposition anywhere in it', async (t) => {
  t.equal(triage('the walk in cooler door latched shut and my cook is inside').emergency, true);
  t.equal(triage('the walk in cooler door latched shut yesterday and my cook was inside for a minute, please fix the latch').emergency, false);
  t.equal(triage('what do we do if the walk in cooler door latched shut and my cook is inside').emergency, false);
});
