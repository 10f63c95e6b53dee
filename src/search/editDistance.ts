// The distance is computed for thousands of candidates per typo search: the table and the
// letters' last rows are reused across calls, not allocated per call.
let table = new Int32Array(64 * 64);
/** Per character code, the last row (1-based) of the first word that holds it; 0: none yet. */
const lastRow = new Int32Array(65536);

/**
 * Damerau–Levenshtein distance: letters inserted, left out, replaced and adjacent ones
 * swapped, one edit each, where an edit may act on another's result (Lowrance & Wagner 1975).
 * A typist who drops a letter and then swaps the two it brought together ("vouvizoot" →
 * "vovizoot" → "vvoizoot") made two slips; optimal string alignment, which edits each letter
 * once, counts three. Stops as soon as the distance must exceed `cap`, returning cap + 1.
 */
export function editDistance(a: string, b: string, cap = 8): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > cap) return cap + 1;
  // Cell (i, j), for i in -1..m and j in -1..n, is at (i + 1) * width + j + 1; row and column
  // -1 hold a distance past any.
  const width = n + 2;
  const size = (m + 2) * width;
  if (table.length < size) table = new Int32Array(size * 2);
  const d = table;
  const far = m + n + 1;
  for (let j = -1; j <= n; j += 1) {
    d[j + 1] = far;
    d[width + j + 1] = j < 0 ? far : j;
  }
  let result = -1;
  for (let i = 1; i <= m && result < 0; i += 1) {
    const row = (i + 1) * width;
    d[row] = far;
    d[row + 1] = i;
    const ai = a.charCodeAt(i - 1);
    // The last column of b, so far in this row, holding a's letter i.
    let lastColumn = 0;
    let rowMin = i;
    for (let j = 1; j <= n; j += 1) {
      const bj = b.charCodeAt(j - 1);
      const k = lastRow[bj] as number;
      const l = lastColumn;
      let cost = 1;
      if (ai === bj) {
        cost = 0;
        lastColumn = j;
      }
      let best = (d[row - width + j] as number) + cost;
      const left = (d[row + j] as number) + 1;
      if (left < best) best = left;
      const up = (d[row - width + j + 1] as number) + 1;
      if (up < best) best = up;
      // b's letter j last seen in a at row k, a's letter i last seen in b at column l: swap
      // them, with what lies between deleted from a and inserted from b.
      // (With none earlier, the cell read would be in row or column -1, past any distance.)
      if (k > 0 && l > 0) {
        const swap = (d[k * width + l] as number) + (i - k - 1) + 1 + (j - l - 1);
        if (swap < best) best = swap;
      }
      d[row + j + 1] = best;
      if (best < rowMin) rowMin = best;
    }
    lastRow[ai] = i;
    // A row's smallest entry never falls in later rows: past the cap, it stays past it.
    if (rowMin > cap) result = cap + 1;
  }
  for (let i = 0; i < m; i += 1) lastRow[a.charCodeAt(i)] = 0;
  if (result >= 0) return result;
  return Math.min(d[(m + 1) * width + n + 1] as number, cap + 1);
}
