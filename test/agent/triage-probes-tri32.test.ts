import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri32 (issue 12): emergencies of small-business trades said the way customers type them (typos, no punctuation, a long story
// with the emergency in the middle, Spanish), and their look-alikes (past, "what do i do if", figurative, contained, a name,
// admin, "are you open right now"). Written for this test, not taken from eval/data. FIRST RUN (before the fix, the rules alone):
// missed a car that cannot steer in a live lane after a pothole, a breakdown "in a live lane on the motorway", a horse trailer
// flipped with the horses inside (English and Spanish), dialysis missed or skipped with confusion or swelling, a barn roof
// "brought down" on calves, a tractor that "rolled over on" a man, a car lift that "dropped a car on" the mechanic, server-room
// overheat alarms, someone moving money out of the business account right now, a ransom in bitcoin for encrypted files, a
// person with dementia who wandered off, a double dose of insulin, a cow or ewe down and unable to rise (English and Spanish),
// a power line lying on a car with someone inside, a wedding tent collapsing with guests under it, a pump room full of chlorine
// gas, a swimmer gone under who hasn't come up, a daycare's boiler out below zero (Spanish); and it called "stuck in traffic in the fast lane, running late", a horse
// rolling happily in the sun and a waiter "on fire today" emergencies, and "are you open right now" HIGH.

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'vehicles and the roadside': [
    ['pothole snapped the tie rod and i cant steer, were sitting in a live lane', true, 'URGENT', 'VEHICLE'],
    ['broke down in a live lane on the motorway with the kids in the back', true, 'URGENT', 'VEHICLE'],
    ['hit a huge pothole on the interstate, lost steering and the car is stuck in the left lane', true, 'URGENT', 'VEHICLE'],
    ['car is undriveable on the freeway the axle snapped and im still in the lane', true, 'URGENT', 'VEHICLE'],
    ['se me poncho una llanta en el carril de alta y no me puedo orillar', true, 'URGENT', 'VEHICLE'],
    ['the horse trailer flipped on the highway and the horses are still inside', true, 'URGENT', 'MEDICAL'],
    ['trailer jackknifed with two horses in it, one is kicking and screaming', true, 'URGENT', 'MEDICAL'],
    ['la yegua esta atrapada en el remolque volcado', true, 'URGENT', 'MEDICAL'],
    ['a tree fell on the power line and the line is on the car with my wife inside', true, 'URGENT', 'ELECTRICAL'],
    ['i am stuck in traffic in the fast lane, running late for my appointment', false, 'HIGH'],
    ['i hit a pothole last week and now the steering pulls a bit, can you do an alignment', false, 'NORMAL'],
    ['what should i do if i break down in a live lane', false, 'LOW'],
    ['my truck is undriveable, its parked in the garage, can someone look at it this week', false, 'NORMAL'],
    ['the horse trailer flipped last year and we need a new floor', false, 'NORMAL'],
    ['the power line to the shed is sagging, can you look at it next week', false, 'NORMAL'],
  ],
  'farms and animals': [
    ['the barn roof just collapsed on the horses', true, 'URGENT'],
    ['heavy snow brought the barn roof down and the calves are trapped underneath', true, 'URGENT'],
    ['the tractor rolled over on my husband in the field', true, 'URGENT', 'MEDICAL'],
    ['the cow is bloated and down and cant get up', true, 'URGENT', 'MEDICAL'],
    ['the ewe is down and cant get up and breathing hard', true, 'URGENT', 'MEDICAL'],
    ['la vaca esta hinchada y tirada y no se puede levantar', true, 'URGENT', 'MEDICAL'],
    ['the horse is down in the field rolling around in the sun happy as ever', false, 'NORMAL'],
    ['the barn roof collapsed in 2019, we want a new pole barn quote', false, 'NORMAL'],
    ['the tractor rolled over the garden gnome, can you weld the hitch this week', false, 'NORMAL'],
  ],
  'clinics and care': [
    ['mom missed dialysis yesterday and today and shes confused', true, 'URGENT'],
    ['my husband skipped dialysis because of the snow and his legs are swelling and hes really weak', true, 'URGENT'],
    ['resident took double his heart meds by mistake and is dizzy', true, 'URGENT', 'MEDICAL'],
    ['the nurse gave the resident a double dose of insulin and now shes shaky and sweaty', true, 'URGENT', 'MEDICAL'],
    ['my grandma with dementia wandered out of the care home and we cant find her', true, 'URGENT'],
    ['mi mama tiene demencia y se salio de la casa y no la encontramos', true, 'URGENT'],
    ['the car lift in the shop dropped a car on the mechanic', true, 'URGENT', 'MEDICAL'],
    ['he missed his dialysis appointment, can you rebook it for tomorrow morning', false, 'HIGH'],
    ['mom goes to dialysis tues thurs sat, do you clean on those days', false, 'LOW'],
    ['my grandma has dementia, can you fit door alarms so she does not wander out', false, 'NORMAL'],
    ['i took two of my vitamins this morning, can i book a checkup next week', false, 'NORMAL'],
  ],
  "a business's computers and server room": [
    ['server room overheating alarms going off', true, 'URGENT'],
    ['the server closet temp alarm is going off and the switches keep rebooting', true, 'URGENT'],
    ['someone is in our systems right now moving money out of the business account', true, 'URGENT'],
    ['all our tills went black and a message says our files are encrypted and to pay bitcoin', true, 'URGENT'],
    ['somebody remoted into the front desk pc and is moving the mouse and opening the bank site', true, 'URGENT'],
    ['todas las cajas del negocio muestran un mensaje que dice que los archivos estan cifrados y piden bitcoin', true, 'URGENT'],
    ['the server room temperature alarm is set too low, can you adjust it', false, 'NORMAL'],
    ['we want to set up overheat alerts for the server room', false, 'NORMAL'],
    ['someone is moving money between our accounts, can you set up approvals', false, 'NORMAL'],
    ['the tills are locked, we forgot the password, can you reset it', false, 'NORMAL'],
    ['what do we do if ransomware hits the tills', false, 'LOW'],
  ],
  'venues, pools and daycares': [
    ['the tent at the wedding is collapsing in the wind with guests under it', true, 'URGENT', 'MEDICAL'],
    ['the pool pump room is full of chlorine gas', true, 'URGENT'],
    ['a swimmer went under at the deep end and hasnt come up', true, 'URGENT', 'MEDICAL'],
    ['la caldera de la guarderia no prende y hace bajo cero y hay bebes', true, 'URGENT', 'NO_HEAT'],
    ['the tent guys are coming friday to take it down, can you clean the floor after', false, 'NORMAL'],
    ['we had a chlorine smell last week after shocking the pool, all good now', false, 'NORMAL'],
    ['hace frio en la casa pero todo bien, queremos una cita para la caldera la proxima semana', false, 'NORMAL'],
  ],
  'figures of speech, shop talk and opening hours': [
    ['our new server was on fire tonight, sold 40 covers, can you add her to the pos', false, 'NORMAL'],
    ['the flood of customers at the bakery this morning wore out the mixer', false, 'NORMAL'],
    ["the aquarium's protein skimmer is overflowing into the sump", false, 'NORMAL'],
    ['are you open right now', false, 'LOW'],
    ['is the clinic open right now', false, 'LOW'],
    ['our company name is Barn Collapse Records and we need a website', false, 'LOW'],
  ],
  // (The tri32 retrain called the tune split's loose baby tooth an emergency: it is meant to come out.)
  'a loose baby tooth': [
    ['my kid has a wiggly baby tooth thats taking forever to come out', false, 'NORMAL'],
    ['my daughters baby tooth is loose and she wont let me touch it', false, 'NORMAL'],
    ['my son knocked out a baby tooth on the trampoline and it wont stop bleeding', true, 'URGENT'],
  ],
};

// The rules alone recognise these emergencies (the learned signal cannot be relied on across a retrain).
checkRulesAlone(t, tables);

// The rules alone make each look-alike what the table says, whatever the learned signal adds.
checkLookAlikesByRules(t, tables);

checkTriageTables(t, tables, (text) => signals.triage(text));

t.test('look-alikes are excluded before the learned signal reads them', async (t) => {
  t.ok(exclusionsOf('i hit a pothole last week and now the steering pulls a bit, can you do an alignment').includes('past'), 'a pothole last week is past');
  t.ok(exclusionsOf('what should i do if i break down in a live lane').includes('hypothetical'), 'what to do if is hypothetical');
  t.ok(exclusionsOf('our new server was on fire tonight, sold 40 covers, can you add her to the pos').includes('figurative'), "a waiter's good shift is figurative");
  t.ok(exclusionsOf('i am stuck in traffic in the fast lane, running late for my appointment').includes('held up in traffic'), 'held up by traffic is no breakdown');
  t.notOk(exclusionsOf('my car broke down in the fast lane and im running late, traffic is flying past').includes('held up in traffic'), 'a breakdown with traffic flying past is not held up');
  t.ok(exclusionsOf('are you open right now').includes('question'), 'the hours asked about are a question, though "right now" reads as present');
  t.ok(exclusionsOf('my kid has a wiggly baby tooth thats taking forever to come out').includes('routine'), 'a loose baby tooth is routine');
  t.notOk(exclusionsOf('my son knocked out a baby tooth on the trampoline and it wont stop bleeding').includes('routine'), 'knocked out and bleeding is not');
});
