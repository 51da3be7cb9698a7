import { useMemo } from 'react';
import { encode } from 'uqr';

/** Scanners need 4 light modules around the code to find it (ISO/IEC 18004). */
const quietZone = 4;

export interface QrCodeProps {
  /** What the code holds, e.g. an OpenPhone deep link. */
  value: string;
  /** The accessible name: what scanning it does, for people who cannot see it. */
  label: string;
  /** Width and height in CSS pixels. */
  size?: number;
}

/**
 * A QR code for a handoff link, so an agent at a desk can open it on their phone
 * (docs/contracts.md, OpenPhone: deep links only work on mobile).
 *
 * Throws when `value` is longer than a QR code can hold (about 2,900 bytes); deep links
 * are far shorter.
 */
export function QrCode({ value, label, size = 192 }: QrCodeProps) {
  const { side, path } = useMemo(() => draw(value), [value]);
  return (
    <svg
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

function draw(value: string): { side: number; path: string } {
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
