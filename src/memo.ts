// A bounded memo of a pure function of a string: made once per key, forgotten all at once when
// full. It changes no answer (the same key always gives the same value); it only saves re-making
// values that are costly to build on a hot path (formatters per zone, a business's country).
export function boundedMemo<V>(max: number, make: (key: string) => V): (key: string) => V {
  const made = new Map<string, V>();
  return (key) => {
    let v = made.get(key);
    if (v === undefined) {
      v = make(key);
      if (made.size >= max) made.clear();
      made.set(key, v);
    }
    return v;
  };
}
