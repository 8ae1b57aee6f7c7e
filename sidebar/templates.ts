import type { Translated } from '../src/core/i18n';
import type { PlanOut } from './draft/toPlan';

/** A ready-made plan to start from. The templates issue fills this list; the Start step lists it. */
export interface PlanTemplate {
  readonly id: string;
  readonly name: Translated;
  readonly plan: PlanOut;
}

export const TEMPLATES: readonly PlanTemplate[] = [];
