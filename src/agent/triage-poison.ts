import { any } from './triage-phrases.js';

// What poisons when swallowed, and who swallowed it: read by triage-compose.ts's poisoning rules, and
// by the emergency reply (an animal's poisoning is the vet's).

/** Swallowed, by any verb people use for it. */
// ("she TOOK A WHOLE BOTTLE OF pills", "took all of his meds": taking is swallowing when it is too much.)
export const SWALLOWED = any('took (?:a whole|the whole|an entire) (?:bottle|pack|packet|box|strip|jar|blister pack) of', 'took (?:all|too many|a handful|a bunch|way too many)(?: of)?(?: (?:the|her|his|my|their|your))?',
  // "took double his heart meds by mistake": a dose taken twice is too much.
  'took (?:a )?(?:double|triple|twice)(?: (?:doses?|the dose|dose))?(?: of)?(?: (?:the|her|his|my|their|your))?', '(?:gave|has given) (?:him|her|them|the \\w+|my \\w+|our \\w+) (?:a )?(?:double|triple|twice the|the wrong) (?:doses?(?: of)?|meds|medication|pills)', '(?:gave|has given|given) (?:him|her|them|the \\w+|my \\w+|our \\w+) (?:a )?(?:double|triple|twice)(?: (?:doses?|the dose|dose))?(?: of)?(?: (?:the|her|his|my|their|your))?', '(?:was |were |got )?given (?:a )?(?:double|triple|two|twice the|the wrong) (?:doses?|dose of|meds|medication|pills)', 'overdosed on', 'got into', 'gotten into', 'drank', 'drunk', 'swallowed', 'ate', 'eaten', 'eats', 'ingested', 'chugged', 'chewed(?: up)?', 'licked(?: up)?', 'scarfed(?: down)?', 'wolfed(?: down)?', 'se tomo', 'tomo', 'trago', 'se trago', 'bebio', 'se comio', 'comio');
/** Poisonous to anyone who swallows it: chemicals, medicines, pest poisons, button batteries. */
export const TOXIC = any(
  'chemicals?', 'bleach', 'cleaners?', '(?:hand )?sanitizer', 'rubbing alcohol', 'lighter fluid', 'lamp oil', 'nail polish remover', 'cleaning (?:products?|stuff|fluid|spray)', 'detergent',
  // Named by the machine or the job it is for ("drank some of the dishwasher stuff", "laundry powder", "pool shock").
  '(?:dishwasher|laundry|washing machine|toilet(?: bowl)?|oven|drain|pool|hot tub|spa) (?:stuff|soap|liquid|fluid|powder|gel|salt|rinse(?: aid)?|chlorine|shock|tablets?|pods?|cleaner|chemicals?)', 'chlorine (?:tablets?|pucks?|granules|powder|shock)', 'pods?', 'pills', 'tablets', 'medication', 'medicine', 'meds', 'poison', 'antifreeze', 'drain cleaner', 'lye',
  '(?:rat|mouse|rodent|slug|snail|ant|roach) (?:poison|bait|pellets?|killer)', 'bait (?:boxes|box|stations?|blocks?|traps?)', 'slug pellets', 'pesticides?', 'insecticides?', 'weed ?killer', 'fertili[sz]er', 'button batter(?:y|ies)', 'batter(?:y|ies)', 'magnets?', 'anticongelante',
  'insulin', 'ibuprofen', 'advil', 'motrin', 'tylenol', 'acetaminophen', 'paracetamol', 'aspirin', 'painkillers?', 'sleeping pills', 'edibles?', 'weed', 'xylitol',
  'cloro', 'lejia', 'quimicos?', 'pastillas', 'medicinas?', 'veneno(?: para (?:ratas|ratones))?', 'raticida',
);
/** Foods people eat that poison dogs and cats. */
export const TOXIC_TO_ANIMALS = any('chocolate', 'grapes?', 'raisins?', 'lil(?:y|ies)', 'onions?', 'garlic', 'macadamia\\w*', 'sugar ?free gum', 'gum', 'uvas?', 'pasas', 'cebolla');
/**
 * What a farm or a stable keeps, by the names its people give it (tri40: "the mare is down", "a foal is stuck in the fence"
 * were no animal). Not the words that are also food or a body part said of oneself ("lamb", "chicken", "my calf"): a calf is
 * the animal only as "the", "a", "our" or a newborn one.
 */
export const FARM_ANIMAL = any(
  'horses?', 'pony', 'ponies', 'mares?', 'foals?', 'geldings?', 'stallions?', 'colts?', 'fill(?:y|ies)', 'donkeys?', 'mules?', 'cows?', 'cattle', 'bulls?', 'heifers?',
  '(?<=\\b(?:the|a|our|baby|newborn|new|sick|little|young|two|three|some) )(?:calf|calves)', 'sheep', 'ewes?', 'goats?', 'pigs?', 'hogs?', 'piglets?', 'llamas?', 'alpacas?', 'caballos?', 'yeguas?', 'vacas?', 'cabras?', 'becerr[oa]s?',
);
/** A pet or farm animal. */
export const ANIMAL = any('dogs?', 'puppy', 'puppies', 'pup', 'cats?', 'kittens?', 'kitty', 'pets?', 'rabbits?', 'bunny', 'ferrets?', 'parrots?', 'birds?', 'perr[oa]s?', 'gat[oa]s?', 'cachorr[oa]s?', FARM_ANIMAL);
const ANIMAL_WORD = new RegExp(`\\b${ANIMAL}\\b`, 'i');
/** The message is about a pet or farm animal ("my dog ate grapes"): its emergency care is a vet. */
export function aboutAnimal(text: string): boolean {
  return ANIMAL_WORD.test(text);
}

/**
 * Harm that shows hours after it was done: a poison swallowed, an overdose, a venomous bite or sting (read on a hazard rule's match).
 * Told of last night or this morning it is no less an emergency ("a rattlesnake bit my son last night", "my kid ate rat poison
 * last night"): an earlier day's telling alone does not make it over (triage.ts), unlike a blow said to be fine now.
 */
export const HARM_OUTLASTS = /\b(?:overdos\w*|(?:rattle)?snakes?|rattlers?|copperheads?|cottonmouths?|vipers?|adders?|scorpions?|black widows?|brown recluses?|serpientes?|viboras?|alacran(?:es)?)\b/;
/** The labels of the rules whose every match is such harm (a poisoning). */
export const OUTLASTING_LABELS: ReadonlySet<string> = new Set(['poisoning']);
