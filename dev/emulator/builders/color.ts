/** Apps Script's Color objects (getFontColorObject, getBackgroundObject...), for hex colours. */
export type Wrap = <T>(impl: object, className: string, describe?: () => string) => T;

export function colorObject(hex: string | null, wrap: Wrap): GoogleAppsScript.Spreadsheet.Color {
  const rgb = {
    asHexString: () => hex ?? '#000000',
    getRed: () => channel(hex, 0),
    getGreen: () => channel(hex, 1),
    getBlue: () => channel(hex, 2),
  };
  return wrap(
    {
      getColorType: () => (hex === null ? 'UNSUPPORTED' : 'RGB'),
      asRgbColor: () => wrap(rgb, 'RgbColor'),
    },
    'Color',
  );
}

function channel(hex: string | null, index: number): number {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex ?? '');
  return m?.[1] ? parseInt(m[1].slice(index * 2, index * 2 + 2), 16) : 0;
}
