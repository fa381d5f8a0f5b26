// The neighbour check of the learned triage signal (triage-learned.ts): a message the logistic
// regression reads as an emergency counts only when its nearest labelled tune messages agree
// (at least a quorum of its k nearest, by cosine over the sentence encoder's vectors, are
// emergencies). The regression draws one straight boundary through the whole space; a routine
// statement can sit on the emergency side of it ("the kitchen tap wobbles", 0.84) while everything
// written near it is routine. Chosen by cross-validation in scripts/train-triage.ts (one business left out at a time).
//
// The bank (triage-neighbours.ts, generated) stores each vector as signed bytes: the encoder's unit
// vectors have components within +-0.1, so a fixed scale keeps three significant digits, and one
// query against two thousand rows costs about a million integer multiply-adds (~1 ms).

/** Components are multiplied by this and rounded into -127..127. */
export const NEIGHBOUR_SCALE = 1016;

export function quantize(v: ArrayLike<number>): Int8Array {
  const out = new Int8Array(v.length);
  for (let i = 0; i < v.length; i++) out[i] = Math.max(-127, Math.min(127, Math.round(v[i]! * NEIGHBOUR_SCALE)));
  return out;
}

export interface NeighbourBank {
  /** Row-major: rows x dimensions signed bytes. */
  vectors: Int8Array;
  dimensions: number;
  /** 1 = an emergency, 0 = not, one per row. */
  labels: Uint8Array;
}

/**
 * The labels of the k rows nearest to the query (by dot product of the quantized vectors, ties to
 * the lower row), nearest first. `skip(row)` leaves rows out (cross-validation: the query's own fold).
 */
export function nearestLabels(bank: NeighbourBank, query: Int8Array, k: number, skip?: (row: number) => boolean): number[] {
  const d = bank.dimensions;
  const rows = bank.labels.length;
  const topScore: number[] = [];
  const topRow: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (skip?.(r)) continue;
    let s = 0;
    const base = r * d;
    for (let i = 0; i < d; i++) s += query[i]! * bank.vectors[base + i]!;
    if (topScore.length === k && s <= topScore[k - 1]!) continue;
    let at = topScore.length;
    while (at > 0 && topScore[at - 1]! < s) at--;
    topScore.splice(at, 0, s);
    topRow.splice(at, 0, r);
    if (topScore.length > k) {
      topScore.pop();
      topRow.pop();
    }
  }
  return topRow.map((r) => bank.labels[r]!);
}

/** Share of the k nearest rows that are emergencies (0 when the bank is empty). */
export function agreement(bank: NeighbourBank, query: Int8Array, k: number, skip?: (row: number) => boolean): number {
  const labels = nearestLabels(bank, query, k, skip);
  return labels.length ? labels.reduce((a, b) => a + b, 0) / labels.length : 0;
}

export function encodeBank(rows: readonly Int8Array[]): string {
  const all = new Int8Array(rows.reduce((n, r) => n + r.length, 0));
  let at = 0;
  for (const r of rows) (all.set(r, at), (at += r.length));
  return Buffer.from(all.buffer, all.byteOffset, all.byteLength).toString('base64');
}

export function decodeBank(base64: string, labels: string, dimensions: number): NeighbourBank {
  const bytes = Buffer.from(base64, 'base64');
  const vectors = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { vectors, dimensions, labels: Uint8Array.from(labels, (c) => (c === '1' ? 1 : 0)) };
}
