// Rectangles of cells, 1-based and inclusive, as a rebuild reasons about them: the area a sheet's
// previous rendering used, the area the new one will write, and what of the old is left to clear.

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function contains(rect: Rect | undefined, row: number, column: number): boolean {
  return !!rect && row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

/** The parts of `a` outside `b`: at most four rectangles (above, below, left, right of `b`). */
export function subtract(a: Rect, b: Rect): Rect[] {
  const out: Rect[] = [];
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  const overlaps = top <= bottom && Math.max(a.left, b.left) <= Math.min(a.right, b.right);
  if (!overlaps) return [a];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}
