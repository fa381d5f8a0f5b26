import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { exclusionsOf, triage } from '../../src/agent/triage.js';
import { checkLookAlikesByRules, checkRulesAlone, checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// tri34 (issue 12): emergencies of the trades earlier rounds covered least (security companies, locksmiths, property managers,
// towing, IT, pharmacies and clinics, pools, tree services, event venues), said the way customers type them, and their
// look-alikes. Written for this test, not taken from eval/data. FIRST RUN (before the fix): a break-in just told was NORMAL
// ("someone broke into my apartment", "my car was just broken into", "i came home and my door was kicked in", "alguien se metio en
// mi casa"), as were an intrusion alarm with someone heard downstairs, a motion sensor showing someone in the warehouse now, a
// glass-break sensor set off at a store nobody is in, a breakdown on the highway shoulder at night with children (HIGH), "i took
// my husbands pills by mistake", "tome la medicina equivocada", a fight at a venue with someone bleeding, "se le fueron los
// frenos", every computer "just got encrypted" with a bitcoin note, a lip turning white after a filler (HIGH), and an elderly
// mother fallen in a locked bathroom "not answering", "my apartment got robbed", a lock "snapped off tonight" with the store not
// lockable, a man in the backyard looking in the windows, "some guy is trying to open the car doors" (four words to the doors),
// an ex banging on the door who won't leave, a red screen "saying pay 2 bitcoin", "gave my son double his adhd meds", a chlorine
// tank leaking with a strong smell; and the rules called "we got a ransomware email ... nothing happened" an
// attack and "can i still get the shot" someone shot ("t-he shot").

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

const tables: Record<string, TriageRow[]> = {
  'break-ins just told or found, and after the fact': [
    ['someone broke into my apartment', true, 'URGENT', 'STATED'],
    ['my car was just broken into', true, 'URGENT', 'STATED'],
    ['i came home and my door was kicked in', true, 'URGENT', 'STATED'],
    ['theres someone trying to get in my back door', true, 'URGENT', 'STATED'],
    ['we just got home and the house has been broken into, the window is smashed', true, 'URGENT', 'STATED'],
    ['hi we run a bakery and someone broke into the shop overnight, the back door is kicked in and theres glass everywhere, can you board it up', true, 'URGENT'],
    ['somebody just broke in and took my tv, the door wont lock', true, 'URGENT'],
    ['my store got broken into, the front glass is smashed', true, 'URGENT'],
    ['alguien entro a mi casa y la puerta esta rota', true, 'URGENT'],
    ['hola alguien se metio en mi casa y todavia esta adentro', true, 'URGENT'],
    ['ladrones se metieron en la tienda y rompieron la puerta', true, 'URGENT'],
    ['hey my apartment got robbed', true, 'URGENT', 'STATED'],
    ['the lock on the front door of the store got snapped off tonight and we cant lock up', true, 'URGENT', 'STATED'],
    ['there is a man in my backyard looking in the windows', true, 'URGENT', 'STATED'],
    ['some guy is trying to open the car doors in our lot right now', true, 'URGENT', 'STATED'],
    ['my ex is banging on the door and wont leave', true, 'URGENT', 'STATED'],
    ['our store just got robbed at gunpoint', true, 'URGENT'],
    ['someone broke into my apartment last month, can you change the locks', false, 'NORMAL'],
    ['how much to fix a door after a break in', false, 'LOW'],
    ['we had a break in last year and want an alarm system', false, 'NORMAL'],
    ['what do i do if someone breaks into my house', false, 'LOW'],
    ['my car was broken into twice this year, do you install alarms', false, 'LOW'],
    ['someone broke into my car yesterday and smashed the window, need a quote for the glass', false, 'NORMAL'],
    ['our store was burglarized in 2019, we want cameras', false, 'NORMAL'],
    ['someone broke into my email account', false, 'LOW'],
    ['i locked myself out so i broke into my own house through the window lol', false, 'HIGH'],
    ['the break in period for the new engine', false, 'NORMAL'],
    ['our band broke into the top 40', false, 'NORMAL'],
    ['the kids broke into the cookie jar again', false, 'NORMAL'],
    ['my business is named Break In Locksmith, update my listing', false, 'LOW'],
    ['my store got robbed last year', false, 'NORMAL'],
    ['the bank got robbed on tv', false, 'NORMAL'],
    ['the handle on the bathroom door snapped off, can you replace it', false, 'NORMAL'],
    ['the lock on the shed got snapped off last winter, want a new padlock', false, 'NORMAL'],
    ['my neighbour keeps looking in my windows, its creepy, can you install blinds', false, 'NORMAL'],
    ['someone is looking at the windows for a quote', false, 'NORMAL'],
    ['the kids are banging on the door to come in', false, 'NORMAL'],
  ],
  'security and alarm companies': [
    ['the alarm panel says intrusion zone 3 and i can hear someone downstairs', true, 'URGENT', 'STATED'],
    ['my alarm is going off and the motion sensor shows someone in the warehouse right now', true, 'URGENT', 'STATED'],
    ['our alarm company called and said the glass break sensor went off at the store and nobody is there', true, 'URGENT', 'STATED'],
    ['i can hear people upstairs stomping all night, its the neighbours', false, 'NORMAL'],
    ['the camera shows someone in the yard, its the mailman', false, 'NORMAL'],
    ['alarm panel says low battery zone 3', false, 'NORMAL'],
    ['we need an intrusion alarm quote for the warehouse', false, 'NORMAL'],
    ['the alarm keeps going off for no reason at 3am, the cat sets it off', false, 'NORMAL'],
    ['alarm keeps chirping low battery, can you replace it', false, 'NORMAL'],
  ],
  'locksmiths and property managers': [
    ['locked out of my car with my baby inside and its hot', true, 'URGENT'],
    ['my toddler is locked in the car and its 90 out', true, 'URGENT'],
    ['my elderly mom locked herself in the bathroom and fell, she isnt answering', true, 'URGENT', 'MEDICAL'],
    ['my tenant says someone kicked in her door and she cant lock it', true, 'URGENT'],
    ['tenant says water is coming through the ceiling light in 3b', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['locked out of my house, can someone come', false, 'HIGH'],
    ['how much for a lockout at 2am', false, 'LOW'],
    ['i lost my keys, how much for a new one', false, 'LOW'],
    ['how do tenants report an emergency after hours', false, 'LOW'],
    ['tenant wants to know when rent is due', false, 'NORMAL'],
  ],
  'towing and auto': [
    ['broke down on the highway shoulder at night with my kids in the car', true, 'URGENT', 'VEHICLE'],
    ['flat tire on the shoulder of route 9, its dark and my phone is at 5%', true, 'URGENT', 'VEHICLE'],
    ['stuck on the side of the interstate with a newborn, car wont start and its freezing', true, 'URGENT', 'VEHICLE'],
    ['stalled at the shoulder, its 2am, alone', true, 'URGENT', 'VEHICLE'],
    ['se descompuso mi carro en la carretera de noche con mis ninos', true, 'URGENT', 'VEHICLE'],
    ['se le fueron los frenos a mi carro en la autopista', true, 'URGENT', 'VEHICLE'],
    ['my car is on fire on the side of the road', true, 'URGENT', 'FIRE'],
    ['my brakes just failed going down the hill', true, 'URGENT', 'VEHICLE'],
    ['broke down on i-90, need a tow', false, 'NORMAL'],
    ['do you tow at night if i break down on the highway', false, 'LOW'],
    ['how much is a tow from the highway at night', false, 'LOW'],
    ['my kids and i love road trips on the highway, do you do roadside memberships', false, 'LOW'],
    ['car wont start in my driveway can you tow it tomorrow', false, 'HIGH'],
  ],
  'IT and managed services': [
    ['ransomware screen on all our computers right now, everything is encrypted', true, 'URGENT'],
    ['every computer in the office just got encrypted and theres a bitcoin note', true, 'URGENT'],
    ['ransomware screen popped up on the front desk pc right now, do we unplug it', true, 'URGENT'],
    ['the server room is flooding, water coming under the door onto the racks', true, 'URGENT', 'WATER_ELECTRICITY'],
    ['server room ac died and the servers are at 100 degrees and climbing', true, 'URGENT'],
    ['all the pcs show a red screen saying pay 2 bitcoin', true, 'URGENT'],
    ['the screen says pay the invoice by friday', false, 'LOW'],
    ['we got a ransomware email, should we worry, nothing happened', false, 'NORMAL'],
    ['how much is ransomware protection', false, 'LOW'],
    ['ransomware protection pricing', false, 'NORMAL'],
    ['we had ransomware last year, want backups', false, 'NORMAL'],
    ['our website is on fire with orders today', false, 'HIGH'],
    ['we need a new server by friday', false, 'NORMAL'],
  ],
  'pharmacies and clinics': [
    ['i took my husbands pills by mistake', true, 'URGENT', 'MEDICAL'],
    ['i accidentally took two of my allergy pills and my heart is racing', true, 'URGENT', 'MEDICAL'],
    ['my dad took the wrong pills at the home and hes very drowsy', true, 'URGENT', 'MEDICAL'],
    ['gave the baby the wrong medicine by mistake', true, 'URGENT', 'MEDICAL'],
    ['tome la medicina equivocada y me siento mareada', true, 'URGENT', 'MEDICAL'],
    ['mi hijo se tomo las pastillas de su abuela', true, 'URGENT', 'MEDICAL'],
    ['after my filler today my lip is turning white and really painful', true, 'URGENT', 'MEDICAL'],
    ['i got my flu shot an hour ago and now my throat is closing and hives everywhere', true, 'URGENT', 'MEDICAL'],
    ['i think i gave my son double his adhd meds', true, 'URGENT', 'MEDICAL'],
    ['i gave my son his adhd meds this morning, when can we refill', false, 'NORMAL'],
    ['the pharmacy gave me the wrong pills, can i exchange them', false, 'NORMAL'],
    ['i took my pills this morning, when is my refill ready', false, 'NORMAL'],
    ['what happens if i take the wrong pills by mistake', false, 'LOW'],
    ['i took the wrong bus and will be late for my appointment', false, 'NORMAL'],
    ['is it normal to have a sore arm after the flu shot', false, 'LOW'],
    ['i had a reaction to penicillin as a kid, can i still get the shot', false, 'NORMAL'],
  ],
  'pools and tree services': [
    ['a kid is lying at the bottom of the deep end', true, 'URGENT', 'MEDICAL'],
    ['my daughter is stuck to the drain in the hot tub', true, 'URGENT', 'MEDICAL'],
    ['the pool guy mixed chlorine and acid and theres a cloud of gas, people coughing', true, 'URGENT'],
    ['a big limb fell on the power line in the backyard and the line is on the ground sparking', true, 'URGENT', 'ELECTRICAL'],
    ['the storm dropped a tree on our car and my son is trapped inside', true, 'URGENT'],
    ['un arbol cayo sobre los cables de luz y estan echando chispas', true, 'URGENT', 'ELECTRICAL'],
    ['chlorine tank leaking in the pump house, smells strong', true, 'URGENT'],
    ['our chlorine feeder is leaking a bit, can you look at it next visit', false, 'NORMAL'],
    ['pool water is green and cloudy, can you come this week', false, 'NORMAL'],
    ['how much is chlorine', false, 'LOW'],
    ['what do i do if someone is drowning', false, 'LOW'],
    ['tree fell on the power line last year, want to trim the rest', false, 'NORMAL'],
    ['can you quote to remove the tree near the power lines', false, 'NORMAL'],
  ],
  'event venues': [
    ['theres a fight at the venue and someone is bleeding', true, 'URGENT', 'STATED'],
    ['theres a big fight in the parking lot, guys throwing bottles', true, 'URGENT', 'STATED'],
    ['a fight broke out at the wedding reception and a guest is bleeding from his head', true, 'URGENT'],
    ['hay una pelea en el salon y hay heridos', true, 'URGENT', 'STATED'],
    ['one of the guests fell off the stage and hes not moving', true, 'URGENT', 'MEDICAL'],
    ['the bride collapsed and shes not responding', true, 'URGENT', 'MEDICAL'],
    ['can we show the ufc fight on the tvs at the venue, our guests love it', false, 'LOW'],
    ['we had a fight break out at our last event, want to hire security for the next one', false, 'NORMAL'],
    ['booking a pillow fight party for 10 kids', false, 'NORMAL'],
    ['the fight last night at the bar got out of hand, we need the glass door replaced', false, 'NORMAL'],
    ['our fight choreography class needs a bigger room', false, 'NORMAL'],
    ['are you open right now', false, 'LOW'],
    ['do you have parking for 200 guests', false, 'LOW'],
  ],
};

// The rules alone recognise these emergencies (the learned signal cannot be relied on across a retrain).
checkRulesAlone(t, tables);

// The rules alone make each look-alike what the table says, whatever the learned signal adds.
checkLookAlikesByRules(t, tables);

checkTriageTables(t, tables, (text) => signals.triage(text));

t.test('what matched says why', async (t) => {
  t.ok(triage('someone broke into my apartment').matched.includes('break-in'), 'a break-in just told is a break-in');
  t.ok(triage('someone broke into my car yesterday and smashed the window, need a quote for the glass').matched.includes('break-in (past)'), 'one of yesterday is past');
  t.notOk(triage('i had a reaction to penicillin as a kid, can i still get the shot').matched.some((m) => /someone hurt/.test(m)), '"the shot" is no one shot');
  t.ok(triage('i took my husbands pills by mistake').matched.includes('poisoning'), "someone else's pills by mistake is a poisoning");
  t.ok(exclusionsOf('i can hear people upstairs stomping all night, its the neighbours').includes('neighbour noise'), 'neighbours heard all night are a noise complaint');
  t.notOk(exclusionsOf('i can hear someone walking around upstairs and im home alone').includes('neighbour noise'), 'someone heard while home alone is not');
});
