import t from 'tap';
import { createSentenceEncoder } from '../../src/ai/sentence-encoder.js';
import { createTriageSignals } from '../../src/agent/triage-learned.js';
import { checkTriageTables, type TriageRow } from '../helpers/triage-tables.js';

// Probes written for round 20 (issue 12, items 4-5). QA found a floor drain "backing up a bit"
// called URGENT and "a frozen pipe, not burst yet" called NORMAL: both are trouble on the verge of
// a hazard, HIGH by the written rule (triage-verge.ts). The learned signal called wear and dead
// appliances emergencies (a torn door sweep, black grout, a dryer that gave up, cabinet doors off
// their hinges, a loose outlet, an AC dripping on the patio; a stump sprouting "again" read as a past
// tree fall still active). Then emergencies said without the obvious word: a cat that cannot pee, a
// rabbit that stopped eating, a swallowed sock coming back up, a cat panting with its mouth open, a
// fishy smell from a plug, the wall hot around an outlet, a panel buzzing and warm, a lithium
// battery hissing, a button battery lost in a child's mouth, "the heating packed up" at minus 3 with
// a 91-year-old. Our own wording across many trades (several the eval does not have), casual, typos
// and Spanish; not taken from eval/data. Read through the whole per-turn step (rules and learned signal).

const tables: Record<string, TriageRow[]> = {
  "a drain starting to back up, slightly, no sewage out: HIGH, not an emergency": [
    ["my basement floor drain is backing up a bit, can someone come this week", false, 'HIGH'],
    ["the floor drain is gurgling and backing up slowly, can someone come this week", false, 'HIGH'],
    ["the shower drain backs up a little when we run the washer", false, 'HIGH'],
    ["the kitchen sink is backing up a bit", false, 'HIGH'],
    ["laundry tub starts to back up whenever the washer drains", false, 'HIGH'],
    ["el desague del sotano se esta regresando un poco, pueden venir esta semana", false, 'HIGH'],
  ],
  "a backup with sewage out or spreading: still an emergency": [
    ["sewage is backing up into the basement and spreading", true, 'URGENT', 'SEWAGE'],
    ["the floor drain is backing up a bit and now theres sewage all over the basement floor", true, 'URGENT', 'SEWAGE'],
    ["toilet water is coming up out of the shower drain and wont stop", true, 'URGENT'],
    ["the toilet keeps overflowing n its getting on the carpet in the hall", true, 'URGENT'],
    ["brown water coming up through the shower drain", true, 'URGENT', 'SEWAGE'],
  ],
  "a pipe frozen, not burst yet: HIGH (about to become a leak)": [
    ["can u fix a frozen pipe? its not burst yet", false, 'HIGH'],
    ["my pipe is frozen, can you come before it bursts", false, 'HIGH'],
    ["pipes froze overnight, nothing comes out of the taps", false, 'HIGH'],
    ["the pipe under the sink froze, no water in the kitchen", false, 'HIGH'],
    ["think the outside pipe is frozen, can u come today", false, 'HIGH'],
    ["the hose bib on the north wall is frozen solid", false, 'HIGH'],
    ["hola, se congelo la tuberia y no sale agua", false, 'HIGH'],
    ["se congelaron las tuberias y no tenemos agua", false, 'HIGH'],
  ],
  "frozen, but not a pipe, or past, or asked about: not HIGH": [
    ["looking for physio for a frozen shoulder", false, 'NORMAL'],
    ["the pipes froze last winter, want them insulated this fall", false, 'LOW'],
    ["the pipes froze two winters ago, can you insulate them", false, 'NORMAL'],
    ["how do i keep my pipes from freezing when we travel?", false, 'LOW'],
    ["the freezer is frosting up, can you service it next week", false, 'NORMAL'],
  ],
  "wear, looks and dead appliances across trades: a repair, never an emergency": [
    ["the grout in the shower has gone black", false, 'NORMAL'],
    ["caulk around the tub has gone black and moldy", false, 'NORMAL'],
    ["the bathroom silicone is peeling", false, 'NORMAL'],
    ["there's some black stuff in the grout", false, 'NORMAL'],
    ["the door sweep is torn", false, 'NORMAL'],
    ["the garage door seal is torn at the bottom", false, 'NORMAL'],
    ["the fridge gasket is split", false, 'NORMAL'],
    ["the shower door sweep is worn out", false, 'NORMAL'],
    ["the patio door screen is ripped", false, 'NORMAL'],
    ["weather stripping on the front door is peeling off", false, 'NORMAL'],
    ["the paint is peeling on the back porch", false, 'NORMAL'],
    ["the kitchen cabinet doors are hanging crooked", false, 'NORMAL'],
    ["the vanity doors are hanging crooked", false, 'NORMAL'],
    ["our dryer finally gave up on us", false, 'NORMAL'],
    ["the washing machine died, can you come look", false, 'NORMAL'],
    ["my blender finally gave out", false, 'NORMAL'],
    ["the tv wont turn on, can you check it", false, 'NORMAL'],
    ["the toaster gave up on us", false, 'NORMAL'],
    ["a loose outlet", false, 'NORMAL'],
    ["the light switch is loose in the wall", false, 'NORMAL'],
    ["the socket cover is loose, can you screw it back", false, 'NORMAL'],
    ["the AC unit is dripping water onto the patio", false, 'NORMAL'],
    ["the heat pump drips onto the gravel outside", false, 'NORMAL'],
    ["the mini split drips on the patio", false, 'NORMAL'],
    ["the old tree stump keeps sprouting new shoots", false, 'NORMAL'],
    ["weeds keep popping up between the pavers", false, 'NORMAL'],
    ["we had a tree come down on the shed two summers ago, you hauled it off, and the stump is growing again", false, 'NORMAL'],
  ],
  "the same things with a hazard named: still an emergency": [
    ["the dryer died and now there's a burning smell and smoke from the back", true, 'URGENT'],
    ["the outlet is loose and sparks when i plug anything in", true, 'URGENT'],
    ["the washer seal is torn and water is pouring across the kitchen floor", true, 'URGENT'],
    ["the AC is dripping through the ceiling onto the light fixture", true, 'URGENT'],
  ],
  "animals: a vet now, said without the obvious word": [
    ["my cat is not peeing and keeps straining in the litter box", true, 'URGENT', 'MEDICAL'],
    ["my male cat keeps going to the litter box and nothing comes out", true, 'URGENT', 'MEDICAL'],
    ["my cat keeps squatting in the litter tray but only a few drops come out and hes crying", true, 'URGENT', 'MEDICAL'],
    ["male cat straining to pee for hours", true, 'URGENT', 'MEDICAL'],
    ["my dog cant pee and hes straining", true, 'URGENT', 'MEDICAL'],
    ["mi gato no puede orinar y llora en el arenero", true, 'URGENT', 'MEDICAL'],
    ["my rabbit hasnt eaten or pooped since yesterday", true, 'URGENT', 'MEDICAL'],
    ["our guinea pig stopped eating this morning and no droppings in the cage", true, 'URGENT', 'MEDICAL'],
    ["my dog swallowed a sock and keeps retching", true, 'URGENT', 'MEDICAL'],
    ["my cat ate some string and is throwing up", true, 'URGENT', 'MEDICAL'],
    ["dog got into the bin and ate a load of chicken bones, now hes being sick", true, 'URGENT', 'MEDICAL'],
    ["my cat's breathing with her mouth open and panting", true, 'URGENT', 'MEDICAL'],
    ["my dog ate grapes", true, 'URGENT', 'MEDICAL'],
    ["mi perro tiene la panza hinchada y trata de vomitar", true, 'URGENT', 'MEDICAL'],
    ["el perro quiere vomitar y no puede, tiene la barriga dura", true, 'URGENT', 'MEDICAL'],
    ["mi gata intenta orinar y no sale nada", true, 'URGENT', 'MEDICAL'],
    ["the cat got into the lilies", true, 'URGENT', 'MEDICAL'],
  ],
  "animals without a red flag: routine": [
    ["my cat is peeing outside the litter box, can we book a checkup", false, 'NORMAL'],
    ["the cat hasnt peed in the hallway since we got the new litter, thank you", false, 'LOW'],
    ["my dog drools a lot after his treatment, can we talk about it at the next visit", false, 'NORMAL'],
    ["is it normal for my dog to be a bit shaky after a bath?", false, 'LOW'],
    ["the dog has a bit of an itchy ear, can we come in next week", false, 'NORMAL'],
    ["my rabbit needs its nails clipped", false, 'NORMAL'],
    ["can you board my cat next month while we travel", false, 'NORMAL'],
  ],
  "electrical trouble without the word spark: an emergency": [
    ["fishy smell in the lounge, i think its the plug", true, 'URGENT', 'ELECTRICAL'],
    ["theres a fishy smell coming from the socket", true, 'URGENT', 'ELECTRICAL'],
    ["the wall is hot around the plug", true, 'URGENT', 'ELECTRICAL'],
    ["breaker keeps tripping and now theres a buzzing and a black mark on the socket", true, 'URGENT', 'ELECTRICAL'],
    ["the breaker box is buzzing really loud and warm", true, 'URGENT', 'ELECTRICAL'],
    ["burning plastic smell from the panel", true, 'URGENT'],
    ["the lint trap area is super hot and smells scorched", true, 'URGENT'],
    ["the wood stove pipe is red hot", true, 'URGENT', 'FIRE'],
    ["the flue on the boiler is glowing orange", true, 'URGENT', 'FIRE'],
    ["yo the socket just went bang and theres black stuff on the wall", true, 'URGENT'],
    ["huele a quemado en el tablero electrico", true, 'URGENT'],
    ["the battery wall in the garage is hissing and really hot", true, 'URGENT'],
    ["my sons e-bike battery is smoking in the hallway", true, 'URGENT'],
  ],
  "electrical without a sign: routine": [
    ["the outlet in the kitchen is loose, can you fix it", false, 'NORMAL'],
    ["the switch plate is cracked, can you replace it", false, 'NORMAL'],
    ["the stove pipe needs a new collar, can you fit one next week", false, 'NORMAL'],
    ["my dog keeps trying to pee on the new couch, any tips", false, 'LOW'],
    ["the lift doors open slowly, can you service them", false, 'NORMAL'],
    ["the elevator makes a clunk when it stops", false, 'NORMAL'],
    ["the dishwasher makes a grinding noise", false, 'NORMAL'],
    ["there's a weird clicking in the wall at night", false, 'NORMAL'],
    ["i hear a humming from the pool pump", false, 'NORMAL'],
    ["my website is down and we're losing sales", false, 'HIGH'],
    ["i get bad headaches from paint fumes, which paint do you recommend?", false, 'LOW'],
    ["my cast is white and my arm itches, can i get it changed", false, 'NORMAL'],
    ["the solar panels stopped producing today, inverter shows an error", false, 'HIGH'],
    ["can you replace the battery in my smoke alarm, it keeps chirping", false, 'NORMAL'],
  ],
  "people at risk said plainly, many trades: an emergency": [
    ["my kid put a button battery in his mouth and i cant find it", true, 'URGENT', 'MEDICAL'],
    ["nana is 91 and the heating packed up, its minus 3, she's in bed with blankets", true, 'URGENT', 'NO_HEAT'],
    ["my elderly mum has no heat and its freezing out", true, 'URGENT', 'NO_HEAT'],
    ["baby locked in the car", true, 'URGENT'],
    ["mum has fallen in the bathroom and cant get up, the carer isnt due till tonight", true, 'URGENT', 'MEDICAL'],
    ["the elevator stopped between floors and my dad is inside and he has a heart condition", true, 'URGENT'],
    ["hot oil from the fryer spilled on the cook's arm and it's blistering badly", true, 'URGENT'],
    ["the painter knocked over the thinner and theres fumes everywhere and my son is dizzy", true, 'URGENT'],
    ["bees swarming all over the kids at the picnic table, one is allergic", true, 'URGENT'],
    ["omg theres water comin thru the lite in the hallway", true, 'URGENT'],
    ["the big aquarium just cracked and water is pouring onto the floor and the power strip", true, 'URGENT'],
    ["se esta saliendo el agua por el enchufe de la cocina", true, 'URGENT'],
    ["my pup is wobbly and drooling after the flea dip", true, 'URGENT', 'MEDICAL'],
    ["theres a guy in the water off dock c and hes not coming up", true, 'URGENT', 'MEDICAL'],
    ["the lift doors opened but there's no car there, just the shaft", true, 'URGENT'],
    ["the elevator makes a bang and drops a few feet, people inside", true, 'URGENT'],
    ["the furnace makes a banging noise and theres a gas smell", true, 'URGENT', 'GAS'],
    ["worst headache of my life came on after the massage", true, 'URGENT', 'MEDICAL'],
    ["my fingers are cold and blue under the cast and i cant feel them", true, 'URGENT', 'MEDICAL'],
  ],
  "a shop, an office or a restaurant broken open and nobody can close it: an emergency": [
    ["the shop window broke and we cant close up, there's glass everywhere", true, 'URGENT'],
    ["the storefront glass shattered and we cant lock up", true, 'URGENT'],
    ["se rompio la ventana de la tienda y no se puede cerrar", true, 'URGENT'],
    ["the bakery's front door glass blew in during the storm and there's no way to secure it", true, 'URGENT'],
  ],
  "the same premises, not open now: not an emergency": [
    ["the shop window isn't broken, it just won't close properly, can you look at it", false, 'NORMAL'],
    ["if the store window ever gets smashed and we cant lock up, do you come at night?", false, 'LOW'],
    ["our shop window got smashed back in march and you boarded it, now we want laminated glass", false, 'NORMAL'],
    ["the storefront got hit last night but its boarded up and locked now, need the glass replaced", false, 'HIGH'],
    ["the bedroom window broke and wont close, can someone come today", false, 'HIGH'],
    ["the office door lock is broken, can you replace it next week", false, 'NORMAL'],
    ["the shop door is stiff and hard to close", false, 'NORMAL'],
  ],
  "the same trades, time-sensitive or routine: not an emergency": [
    ["the carer didnt turn up this morning and mum needs her meds", false, 'HIGH'],
    ["no water from the well since this morning, family of five", false, 'HIGH'],
    ["the aquarium filter is noisy", false, 'NORMAL'],
    ["theres a small wasp nest under the eaves, can you remove it next week", false, 'NORMAL'],
    ["the fence is leaning a bit after the wind", false, 'NORMAL'],
    ["theres a red wine stain on the carpet", false, 'NORMAL'],
  ],
};

const encoder = createSentenceEncoder();
const signals = createTriageSignals({ encoder });

checkTriageTables(t, tables, (text) => signals.triage(text));
