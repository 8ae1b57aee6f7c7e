/** One measured figure and, when it has one, its budget (the figure must stay at or under it). */
export interface Figure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly budget?: number;
}

export function formatFigures(figures: readonly Figure[]): { lines: string[]; over: Figure[] } {
  const over = figures.filter((f) => f.budget !== undefined && f.value > f.budget);
  const width = Math.max(...figures.map((f) => f.name.length));
  const lines = figures.map((f) => {
    const value = `${Number.isInteger(f.value) ? f.value : f.value.toFixed(1)} ${f.unit}`;
    const budget =
      f.budget === undefined ? '' : `  (budget ${f.budget} ${f.unit}: ${f.value > f.budget ? 'OVER' : 'ok'})`;
    return `${f.name.padEnd(width)}  ${value}${budget}`;
  });
  return { lines, over };
}
