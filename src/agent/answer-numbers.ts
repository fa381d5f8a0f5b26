// "how much is a NINETY minute deep tissue": a phone transcript (or a visitor) says a measure in
// words where the guide writes digits ("90 minutes $140"). A number said in words right before what
// it measures is written as digits for the knowledge lookup; any other "one" or "two" ("do you have
// one for kids") is left as said.

/** Numbers said as one word, below twenty (answer-rows counts the small ones too). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT = Object.keys(NUMBER_WORDS).join('|');
const TEN = Object.keys(TENS).join('|');
/** What a number measures: a length of time, a size, an amount, a count of people or rooms. */
const MEASURE = '(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|feet|foot|ft|inch(?:es)?|gallons?|dollars?|bucks|pounds?|lbs?|miles?|people|persons?|guests?|kids|children|bedrooms?|bathrooms?|rooms?|stor(?:y|ies)|sessions?|lessons?|classes|visits?)';
const SAID = new RegExp(`\\b(?:(${TEN})(?:[\\s-](${UNIT}))?|(${UNIT}))(?:\\s+hundred)?(?=[\\s-]+${MEASURE}\\b)`, 'gi');

/** The question with each number said in words before what it measures written as digits ("a ninety minute massage" -> "a 90 minute massage"). */
export function measuresAsDigits(question: string): string {
  return question.replace(SAID, (said: string, tens?: string, unitAfterTens?: string, unit?: string) => {
    const n = (tens ? TENS[tens.toLowerCase()]! + (unitAfterTens ? NUMBER_WORDS[unitAfterTens.toLowerCase()]! : 0) : NUMBER_WORDS[unit!.toLowerCase()]!) * (/hundred$/i.test(said) ? 100 : 1);
    return String(n);
  });
}
