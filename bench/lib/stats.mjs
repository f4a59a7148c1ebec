// @ts-check
// Small statistics over repeated measurements.

/**
 * The value below which `fraction` of the sorted values lie (nearest rank).
 * @param {ArrayLike<number>} sorted ascending
 * @param {number} fraction 0..1
 */
export function percentile(sorted, fraction) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? NaN;
}

/** @param {readonly number[]} values */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? /** @type {number} */ (sorted[middle])
    : /** @type {number} */ (sorted[middle - 1] + /** @type {number} */ (sorted[middle])) / 2;
}

/**
 * Min and max, to show how far repeated runs spread.
 * @param {readonly number[]} values
 */
export function range(values) {
  return { min: Math.min(...values), max: Math.max(...values) };
}

/**
 * The median over rounds of a[i] ÷ b[i]: two options measured in the same round share whatever the
 * machine was doing then, so their ratio is steadier than the ratio of their medians.
 * @param {readonly number[]} a
 * @param {readonly number[]} b
 */
export function pairedRatio(a, b) {
  return median(a.map((value, round) => value / /** @type {number} */ (b[round])));
}

/**
 * The median over rounds of a[i] − b[i].
 * @param {readonly number[]} a
 * @param {readonly number[]} b
 */
export function pairedDifference(a, b) {
  return median(a.map((value, round) => value - /** @type {number} */ (b[round])));
}
