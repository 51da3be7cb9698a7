import { useMemo } from 'react';
import { qrPath } from './qr-path';

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
 * Throws when `value` is longer than a QR code can hold (`qr-path.ts`).
 */
export function QrCode({ value, label, size = 192 }: QrCodeProps) {
  const { side, path } = useMemo(() => qrPath(value), [value]);
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
