/** The DOM id of the control for a plan path: `objectives[0].title` → `f-objectives-0-title`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '')}`;
}
