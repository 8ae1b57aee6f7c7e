/**
 * Colours as Sheets reports them (`getBackground()` → "#rrggbb") and colour-scale interpolation.
 *
 * Assumptions about real Sheets (to check against a real spreadsheet):
 * - Apps Script accepts CSS notation: "#rgb", "#rrggbb" (any case), the 148 CSS named colours
 *   ("red", "white", "rebeccapurple"...) and "rgb(r, g, b)"; getters return lower-case "#rrggbb".
 * - null or "" resets the colour: `normalizeColor` returns null and the caller applies the default
 *   (background "#ffffff", font "#000000").
 * - Anything else is rejected here with an error naming the value (real Sheets may silently ignore
 *   it; an emulator that fails loudly catches the bug earlier).
 * - A colour scale interpolates each RGB channel linearly between the two surrounding stops (2 or 3
 *   stops), rounds each channel to the nearest integer, and clamps below the first and above the last
 *   stop. Stops with equal values take the colour of the lower one.
 */

const NAMED_TABLE =
  'aliceblue:f0f8ff antiquewhite:faebd7 aqua:00ffff aquamarine:7fffd4 azure:f0ffff beige:f5f5dc ' +
  'bisque:ffe4c4 black:000000 blanchedalmond:ffebcd blue:0000ff blueviolet:8a2be2 brown:a52a2a ' +
  'burlywood:deb887 cadetblue:5f9ea0 chartreuse:7fff00 chocolate:d2691e coral:ff7f50 ' +
  'cornflowerblue:6495ed cornsilk:fff8dc crimson:dc143c cyan:00ffff darkblue:00008b darkcyan:008b8b ' +
  'darkgoldenrod:b8860b darkgray:a9a9a9 darkgreen:006400 darkgrey:a9a9a9 darkkhaki:bdb76b ' +
  'darkmagenta:8b008b darkolivegreen:556b2f darkorange:ff8c00 darkorchid:9932cc darkred:8b0000 ' +
  'darksalmon:e9967a darkseagreen:8fbc8f darkslateblue:483d8b darkslategray:2f4f4f ' +
  'darkslategrey:2f4f4f darkturquoise:00ced1 darkviolet:9400d3 deeppink:ff1493 deepskyblue:00bfff ' +
  'dimgray:696969 dimgrey:696969 dodgerblue:1e90ff firebrick:b22222 floralwhite:fffaf0 ' +
  'forestgreen:228b22 fuchsia:ff00ff gainsboro:dcdcdc ghostwhite:f8f8ff gold:ffd700 goldenrod:daa520 ' +
  'gray:808080 green:008000 greenyellow:adff2f grey:808080 honeydew:f0fff0 hotpink:ff69b4 ' +
  'indianred:cd5c5c indigo:4b0082 ivory:fffff0 khaki:f0e68c lavender:e6e6fa lavenderblush:fff0f5 ' +
  'lawngreen:7cfc00 lemonchiffon:fffacd lightblue:add8e6 lightcoral:f08080 lightcyan:e0ffff ' +
  'lightgoldenrodyellow:fafad2 lightgray:d3d3d3 lightgreen:90ee90 lightgrey:d3d3d3 lightpink:ffb6c1 ' +
  'lightsalmon:ffa07a lightseagreen:20b2aa lightskyblue:87cefa lightslategray:778899 ' +
  'lightslategrey:778899 lightsteelblue:b0c4de lightyellow:ffffe0 lime:00ff00 limegreen:32cd32 ' +
  'linen:faf0e6 magenta:ff00ff maroon:800000 mediumaquamarine:66cdaa mediumblue:0000cd ' +
  'mediumorchid:ba55d3 mediumpurple:9370db mediumseagreen:3cb371 mediumslateblue:7b68ee ' +
  'mediumspringgreen:00fa9a mediumturquoise:48d1cc mediumvioletred:c71585 midnightblue:191970 ' +
  'mintcream:f5fffa mistyrose:ffe4e1 moccasin:ffe4b5 navajowhite:ffdead navy:000080 oldlace:fdf5e6 ' +
  'olive:808000 olivedrab:6b8e23 orange:ffa500 orangered:ff4500 orchid:da70d6 palegoldenrod:eee8aa ' +
  'palegreen:98fb98 paleturquoise:afeeee palevioletred:db7093 papayawhip:ffefd5 peachpuff:ffdab9 ' +
  'peru:cd853f pink:ffc0cb plum:dda0dd powderblue:b0e0e6 purple:800080 rebeccapurple:663399 red:ff0000 ' +
  'rosybrown:bc8f8f royalblue:4169e1 saddlebrown:8b4513 salmon:fa8072 sandybrown:f4a460 ' +
  'seagreen:2e8b57 seashell:fff5ee sienna:a0522d silver:c0c0c0 skyblue:87ceeb slateblue:6a5acd ' +
  'slategray:708090 slategrey:708090 snow:fffafa springgreen:00ff7f steelblue:4682b4 tan:d2b48c ' +
  'teal:008080 thistle:d8bfd8 tomato:ff6347 turquoise:40e0d0 violet:ee82ee wheat:f5deb3 white:ffffff ' +
  'whitesmoke:f5f5f5 yellow:ffff00 yellowgreen:9acd32';

const NAMED: ReadonlyMap<string, string> = new Map(
  NAMED_TABLE.split(' ').map((entry) => {
    const [name = '', hex = ''] = entry.split(':');
    return [name, `#${hex}`];
  }),
);

/** "#RGB", "#RRGGBB", "rgb(r,g,b)" or a CSS colour name → "#rrggbb"; null or "" → null (reset). */
export function normalizeColor(color: string | null): string | null {
  if (color === null) return null;
  const c = color.trim().toLowerCase();
  if (c === '') return null;
  if (/^#[0-9a-f]{6}$/.test(c)) return c;
  if (/^#[0-9a-f]{3}$/.test(c)) return `#${c[1]}${c[1]}${c[2]}${c[2]}${c[3]}${c[3]}`;
  const named = NAMED.get(c);
  if (named) return named;
  const rgb = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/.exec(c);
  if (rgb) {
    const channels = rgb.slice(1, 4).map(Number);
    if (channels.every((v) => v <= 255)) return toHex(channels as [number, number, number]);
  }
  throw new Error(
    `color must be CSS notation such as "#ff0000", "#f00", "red" or "rgb(255, 0, 0)", got "${color}".`,
  );
}

function toHex([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function toRgb(color: string): [number, number, number] {
  const hex = normalizeColor(color);
  if (hex === null) throw new Error('interpolateColorScale needs a colour on every stop, got an empty one.');
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

export type ColorStop = { value: number; color: string };

/** The colour a colour scale gives `value`: linear RGB between the surrounding stops, clamped at the ends. */
export function interpolateColorScale(value: number, stops: ReadonlyArray<ColorStop>): string {
  if (stops.length < 2 || stops.length > 3) {
    throw new RangeError(`interpolateColorScale needs 2 or 3 stops, got ${stops.length}.`);
  }
  if (!Number.isFinite(value))
    throw new RangeError(`interpolateColorScale(value) must be finite, got ${value}.`);
  const sorted = [...stops].sort((a, b) => a.value - b.value);
  const first = sorted[0] as ColorStop;
  const last = sorted[sorted.length - 1] as ColorStop;
  if (value <= first.value) return toHex(toRgb(first.color));
  if (value >= last.value) return toHex(toRgb(last.color));
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const lo = sorted[i] as ColorStop;
    const hi = sorted[i + 1] as ColorStop;
    if (value >= lo.value && value <= hi.value) {
      const t = hi.value === lo.value ? 0 : (value - lo.value) / (hi.value - lo.value);
      const a = toRgb(lo.color);
      const b = toRgb(hi.color);
      return toHex(a.map((v, k) => Math.round(v + ((b[k] as number) - v) * t)) as [number, number, number]);
    }
  }
  return toHex(toRgb(last.color));
}
