import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf, triage } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri35 (issue 12): a child care center seen in use (its emergencies and look-alikes), then the trades earlier rounds covered least
// (security companies, locksmiths, property managers, towing, IT, pharmacies and clinics, pools, tree services, event venues,
// salons, dentists, caterers), said the way customers type them. Written for this test, not taken from eval/data. FIRST RUN
// (before the fix) the rules alone missed: a lifter who "dropped the barbell on his neck and is not moving", guests "vomiting after
// the event you catered", a panic button pressed at a store "and nobody is answering", "someone is cutting the fence at the lot
// right now" on camera, a grandma locked inside who fell and "cant reach the door", the front steps collapsed and a tenant "fell
// through", a friend in a car in the ditch "bleeding from his head", a mother who "took her pills twice" and is confused, a kid
// who drank "the whole bottle" of cough syrup, a nephew pulled from the pool who "is blue" (read as contained: "got him out"),
// "all files are encrypted" with a note to pay in 48 hours, two guys "fighting" in the lobby with a knife, the relaxer "spilled
// in my eye" and "i cant see", "hay un nino en el fondo de la piscina"; and they called "i took the wrong pill yesterday but im
// fine now" a poisoning now, "my car is smoking a bit when i start it" a fire and "need a copy of my car key" an admin matter (LOW).
// A SECOND batch then found missed: a space heater smoking with a baby at 5 below, told after "my landlord never fixed the heater"
// (read as a repair done, so past), a crash with "the other driver is not moving", a ceiling that "just fell in on the cots",
// "someone just smashed the front window ... and ran in", a kid who "found my blood pressure pills and ate a handful", a face gone
// numb with speech gone after an injection, and a hand "swelling up and turning red and its spreading up my arm fast"; and
// someone pinned under a barbell, kneed in the head and confused, clutching her chest and sweating, a throat that "feels like its closing".

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'a child care center': [
    ['my daughter just had an allergic reaction at pickup her lips are swelling', true, 'URGENT', 'MEDICAL'],
    ['one of the kids hit his head on the playground and threw up', true, 'URGENT', 'MEDICAL'],
    ['i cant find my son he was supposed to be on the bus', true, 'URGENT'],
    ['the teacher said my kid swallowed a button battery', true, 'URGENT', 'MEDICAL'],
    ['do you handle allergies', false, 'LOW'],
    ['what is your policy if a child gets hurt', false, 'LOW'],
    ['is it an emergency closure day', false, 'LOW'],
  ],
  'gyms, salons, dentists and caterers': [
    ['guy dropped the barbell on his neck and is not moving', true, 'URGENT', 'MEDICAL'],
    ['the stylist spilled the relaxer in my eye and i cant see', true, 'URGENT', 'MEDICAL'],
    ['client has a chemical burn from the relaxer her scalp is raw and oozing', true, 'URGENT', 'MEDICAL'],
    ['the swelling from my tooth infection is spreading up to my eye and i have a fever', true, 'URGENT', 'MEDICAL'],
    ['several guests are vomiting after the event you catered last night', true, 'URGENT', 'MEDICAL'],
    ['half the wedding guests are throwing up after the buffet', true, 'URGENT', 'MEDICAL'],
    ['i think everyone at the office party has food poisoning, 6 people are throwing up after the lunch you catered', true, 'URGENT', 'MEDICAL'],
    ['a few guests got sick after the wedding last month, we would like to discuss', false, 'NORMAL'],
    ['what should we do if guests get food poisoning', false, 'LOW'],
    ['the spotter walked off and a member is pinned under the barbell on the bench', true, 'URGENT', 'MEDICAL'],
    ['one of the boys got kneed in the head at practice and now hes confused', true, 'URGENT', 'MEDICAL'],
    ['the caterer says a guest is clutching her chest and sweating buckets', true, 'URGENT', 'MEDICAL'],
    ['my throat feels like its closing after the shrimp', true, 'URGENT', 'MEDICAL'],
    ['the ball is stuck under the car again, can you bring a longer pole', false, 'NORMAL'],
    ['i want to book a relaxer appointment', false, 'NORMAL'],
    ['my daughters baby tooth is loose', false, 'NORMAL'],
  ],
  'security companies and locksmiths': [
    ['alarm company here the panic button at the jewelry store was pressed and nobody is answering the phone', true, 'URGENT', 'STATED'],
    ['the holdup alarm at the bank branch went off and nobody answers', true, 'URGENT', 'STATED'],
    ['someone is cutting the fence at the lot right now i can see them on the camera', true, 'URGENT', 'STATED'],
    ['my grandma is locked inside and fell and cant reach the door', true, 'URGENT', 'MEDICAL'],
    ['the panic button got pressed by accident, how do i reset it', false, 'LOW'],
    ['we want a panic button installed at the front desk', false, 'NORMAL'],
    ['need a copy of my car key', false, 'NORMAL'],
    ['how much is monitoring per month', false, 'LOW'],
  ],
  'property managers, towing and tree services': [
    ['tenant called the front steps collapsed and the elderly lady in 2a fell through', true, 'URGENT', 'MEDICAL'],
    ['my dad fell through the attic floor and is stuck in the ceiling', true, 'URGENT', 'MEDICAL'],
    ['car went into the ditch and my friend is bleeding from his head', true, 'URGENT', 'MEDICAL'],
    ['no heat and its -10 out and we have a newborn', true, 'URGENT', 'NO_HEAT'],
    ['theres a lady stuck in the elevator between floors', true, 'URGENT', 'MEDICAL'],
    ['tree came down on my car and my husband is inside it', true, 'URGENT'],
    ['the porch steps are rotten, my foot went through one, can you replace them', false, 'NORMAL'],
    ['my car is smoking a bit when i start it in the morning, can i bring it in next week', false, 'NORMAL'],
    ['my brakes are squeaking can i book a service', false, 'NORMAL'],
    ['the deal fell through so we need to reschedule the move', false, 'LOW'],
    ['ok so long story my landlord never fixed the heater and we been using space heaters and tonight its 5 below and the baby is cold and the space heater just started smoking and smells like burning plastic', true, 'URGENT'],
    ['car accident on the way to your shop, the other driver is not moving', true, 'URGENT', 'MEDICAL'],
    ['help the ceiling in the daycare nap room just fell in on the cots', true, 'URGENT'],
    ['someone just smashed the front window of my store and ran in', true, 'URGENT', 'STATED'],
    ['the ceiling came down in the garage last year, need new drywall', false, 'NORMAL'],
    ['someone smashed the window last night and ran off, we need the glass replaced', false, 'NORMAL'],
    ['the crash test dummy is not moving lol', false, 'NORMAL'],
  ],
  'IT, pharmacies, clinics and pools': [
    ['our whole network is down and theres a message saying all files are encrypted pay in 48 hours', true, 'URGENT', 'STATED'],
    ['my mom took her pills twice this morning and now shes really confused and sleepy', true, 'URGENT', 'MEDICAL'],
    ['my kid drank some of the cough syrup the whole bottle', true, 'URGENT', 'MEDICAL'],
    ['we were having the kids party by the pool and my nephew was at the bottom of the deep end my husband pulled him out hes blue', true, 'URGENT', 'MEDICAL'],
    ['hay un nino en el fondo de la piscina', true, 'URGENT', 'MEDICAL'],
    ['my kid found my blood pressure pills and ate a handful', true, 'URGENT', 'MEDICAL'],
    ['my wifes hands and face went numb after the injection at the clinic and she cant talk right', true, 'URGENT', 'MEDICAL'],
    ['just got my nails done and now my hand is swelling up and turning red and its spreading up my arm fast', true, 'URGENT', 'MEDICAL'],
    ['i took the wrong pill yesterday but im fine now, should i tell my doctor', false, 'HIGH'],
    ['my kid found the cookies and ate the whole box lol, anyway can i book a cleaning', false, 'NORMAL'],
    ['i drank some cough syrup for my cough, can i still come in for the cleaning', false, 'NORMAL'],
    ['the files are encrypted with bitlocker, can you help set up a backup', false, 'NORMAL'],
    ['how much do you charge to clean up ransomware if we ever get hit', false, 'LOW'],
    ['what do i do if we get ransomware', false, 'LOW'],
    ['my son is feeling blue about school, do you offer tutoring', false, 'LOW'],
    ['the pool is green can you come shock it', false, 'NORMAL'],
  ],
  'event venues': [
    ['two guys are fighting in the lobby and one has a knife', true, 'URGENT', 'STATED'],
    ['a guest collapsed on the dance floor and isnt breathing', true, 'URGENT', 'MEDICAL'],
    ['my kids are fighting over the tv again lol, can you come mount it higher', false, 'NORMAL'],
    ['we are fighting a cold in the office, can you do a deep clean', false, 'NORMAL'],
    ['can we book the hall for a fight night boxing event', false, 'NORMAL'],
    ['our rental listing is on fire with applications', false, 'NORMAL'],
  ],
};

// The rules alone recognise these emergencies (the learned signal cannot be relied on across a retrain).
checkRulesAlone(t, tables);

// The rules alone make each look-alike what the table says, whatever the learned signal adds.
checkLookAlikesByRules(t, tables);

checkTriageTables(t, tables, (text) => signals.triage(text));

t.test('a person got out but still in danger is not trouble contained', async (t) => {
  t.notOk(exclusionsOf('my husband pulled him out of the pool and hes blue').includes('contained'), 'blue after being pulled out');
  t.ok(exclusionsOf('my husband pulled him out of the pool and hes fine now').includes('contained'), 'fine after being pulled out');
  t.equal(triage('we got him out of the pool and he is not breathing').emergency, true, 'not breathing after being got out');
  t.equal(triage('i took the wrong pill yesterday but im fine now, should i tell my doctor').kind, 'contained', 'a wrong pill, fine now');
});
