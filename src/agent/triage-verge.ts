import { OPEN_GROUND } from './triage-phrases.js';

// Trouble on the verge of a hazard, not yet one: a pipe frozen but not burst, a drain that has
// started to back up a little with no sewage out on the floor. Time-sensitive (HIGH by the written
// rule: it is about to become a leak or a backup), never an emergency by itself. triage.ts reads
// ON_THE_VERGE for priority and as a reason the learned signal may not call it an emergency;
// triage-hazards.ts's sewage rule reads MINOR_BACKUP. Written from QA's misses in round 20 (a floor
// drain "backing up a bit" called URGENT; "a frozen pipe, not burst yet" called NORMAL).
// A hole in the ground left open with no one said to be about ("the septic tank is exposed") is on the verge too: someone
// can fall in (HIGH); with children or people about it is triage-compose.ts's open pit (tri38).

/** What carries water and freezes (a frozen shoulder, frozen food or a frozen screen is another matter). */
const FREEZES = '(?:pipes?|pipework|plumbing|(?:water |supply |outside |outdoor |main )?lines?|water main|mains?|taps?|faucets?|spigots?|hose ?bibs?|sillcocks?|(?:kitchen |bathroom )?sinks?|toilets?|showers?|drains?|tuberias?|tubos?|canos?|llaves?|grifos?)';
/** Frozen ("starting to freeze", "icing up" in a pool's lines: triage-situations.ts's 'freezing now' emergency). */
const FROZE = '(?:frozen(?: solid| up| over)?|froze(?: solid| up| over)?|iced up|congelad[oa]s?)';

/** A drain, a toilet or a sink that backs up: the fixture that gives the warning. */
const FIXTURE = '(?:(?:floor |shower |tub |basement |kitchen |laundry |utility |main )?drains?|toilets?|sinks?|tubs?|bath ?tubs?|showers?|laundry tubs?|sewer(?: line)?|main line|desagues?|coladeras?|inodoros?|lavabos?|fregaderos?)';
/** Said to be slight: "a bit", "a little", "slowly", "starting to". */
const SLIGHT = '(?:a (?:bit|little|tad|touch)(?! (?:more|worse|faster))|a little bit|slightly|slowly|slow|partly|partially|kind of|kinda|sort of|starting to|started to|beginning to|un poco|poquito|lento|lentamente)';
/** Said to be out and spreading: then it is the sewage emergency after all. */
const SPREADING = /\b(?:sewage|sewer water|poo\w*|feces|faeces|raw|black water|brown water|toilet water|everywhere|all over|spreading|rising|flood\w*|overflow\w*|(?:won't|wont|will not|doesn't|does not) stop|keeps coming|(?:onto|on|across|over) the (?:floor|carpet)|into the (?:house|basement|room|hall\w*|kitchen|bedroom)|aguas? negras|por todo)\b/;

/** "backing up a bit", "slowly backing up", "starting to back up": a backup said to be slight. */
const SLIGHT_BACKUP = new RegExp(
  `\\b(?:${SLIGHT} (?:back\\w*|backed) up|back(?:ing|s|ed)? up (?:\\w+ )?${SLIGHT}|back(?:ing|s|ed)? up (?:only )?(?:when|whenever|if|after) (?:we|i|you|someone|the \\w+)\\b)`,
);

/** A backup said to be slight, with no sewage out and spreading: the sewage rule leaves it to priority (HIGH). */
export function minorBackup(clause: string): boolean {
  return SLIGHT_BACKUP.test(clause) && !SPREADING.test(clause);
}

/** A frozen pipe or tap, or a drain starting to back up: about to become a leak or a backup (HIGH). */
export const ON_THE_VERGE = new RegExp(
  [
    `\\b${FREEZES}\\b(?: (?!shoulder|food|screen|computer|account|card)\\S+){0,4} (?:is |are |has |have |got |get |getting |seems? |seem to be |might be |may be |just )*${FROZE}\\b`,
    `\\b${FROZE} (?:\\w+ )?${FREEZES}\\b`,
    `\\bse (?:han |me |nos |le )?(?:congelo|congelaron|congelaron) (?:la |las |el |los )?(?:\\w+ )?(?:tuberias?|tubos?|canos?|llaves?|grifos?)\\b`,
    `\\b${FIXTURE}\\b(?: \\S+){0,4} (?:is |are |keeps |has |have |has been |started |starting )*(?:backing up|backed up|backs up|back up|regresando|devolviendo)\\b`,
    // A hole in the ground left open ("the septic tank is exposed"): someone can fall in; with someone about, it is the open pit now.
    OPEN_GROUND,
  ].join('|'),
);
