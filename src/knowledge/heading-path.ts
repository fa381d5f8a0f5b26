// A chunk's heading is the path of sections it sits under, outermost first, written
// "Guide > Water heater > Prices" (the chunker joins it; everything else reads it through here).
export const HEADING_SEPARATOR = ' > ';

/** The path of a chunk's heading, one section per entry, outermost first (empty parts dropped). */
export function headingPath(heading: string): string[] {
  return heading
    .split(HEADING_SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The section a chunk sits in: the last part of its heading path ('' when it has none). */
export function innermostHeading(heading: string): string {
  const path = headingPath(heading);
  return path.length ? path[path.length - 1]! : '';
}

/** Joins section headings, outermost first, into a chunk's heading. */
export function joinHeadingPath(sections: readonly string[]): string {
  return sections.filter(Boolean).join(HEADING_SEPARATOR);
}
