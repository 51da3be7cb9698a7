import { encode } from 'uqr';

/** Scanners need 4 light modules around the code to find it (ISO/IEC 18004). */
const quietZone = 4;

/**
 * A QR code for `value` as one SVG path of dark modules, on a square `side` modules wide
 * (the quiet zone included). Shared by the screens' code (`QrCode.tsx`) and the first
 * call's (`ui/first-call-link.ts`), so both draw the same code for the same link.
 *
 * Throws when `value` is longer than a QR code can hold (about 2,900 bytes); deep links
 * are far shorter.
 */
export function qrPath(value: string): { side: number; path: string } {
  // Lowest error correction that fits, raised as far as the chosen size allows: the
  // smallest, easiest code to scan off a screen.
  const { data, size } = encode(value, { ecc: 'L', boostEcc: true, border: 0 });
  const runs: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (row[x]) x += 1;
      // One rectangle per horizontal run of dark modules keeps the path short.
      runs.push(`M${start + quietZone} ${y + quietZone}h${x - start}v1h-${x - start}z`);
    }
  });
  return { side: size + 2 * quietZone, path: runs.join('') };
}
