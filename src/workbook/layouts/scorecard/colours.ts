import type { StatusKey } from './labels';

// The Scorecard's palette: Sheets' own light fills with dark text of the same hue, readable by people
// with colour-vision deficiencies because the status is also written in words.

export interface StatusColours {
  readonly background: string;
  readonly fontColor: string;
}

export const STATUS_COLOURS: Readonly<Record<StatusKey, StatusColours>> = {
  onTrack: { background: '#b7e1cd', fontColor: '#0d652d' },
  atRisk: { background: '#fce8b2', fontColor: '#7f6000' },
  offTrack: { background: '#f4c7c3', fontColor: '#a50e0e' },
  noData: { background: '#d9d9d9', fontColor: '#434343' },
  stale: { background: '#fbbc04', fontColor: '#000000' },
  outlier: { background: '#d7aefb', fontColor: '#3c0a6b' },
};

/** Attainment colour scale: red at 50 % and below, amber at 90 % (1 − the default band), green from 100 %. */
export const ATTAINMENT_SCALE = {
  min: { color: '#e67c73', value: 0.5 },
  mid: { color: '#ffd666', value: 0.9 },
  max: { color: '#57bb8a', value: 1 },
} as const;

/** Font colours of the change column: good news / bad news for the KPI's direction. */
export const CHANGE_COLOURS = { favourable: '#0d652d', unfavourable: '#a50e0e' } as const;
