import { render, screen } from '@testing-library/react';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../src/handoff/QrCode';

const link = 'openphone://dial?number=%2B14107934326&action=call';

/** Reads the drawn modules back from the SVG: one `M x y h w v1 h-w z` per dark run. */
function drawnModules(svg: Element): { side: number; dark: boolean[][] } {
  const viewBox = svg.getAttribute('viewBox')?.split(' ').map(Number) ?? [];
  const side = viewBox[2] ?? 0;
  expect(viewBox).toEqual([0, 0, side, side]);
  const dark = Array.from({ length: side }, () => Array<boolean>(side).fill(false));
  const d = svg.querySelector('path')?.getAttribute('d') ?? '';
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((run) => run[0]).join('')).toBe(d);
  for (const [, x, y, width] of runs) {
    for (let i = 0; i < Number(width); i += 1) {
      const row = dark[Number(y)];
      if (row === undefined || Number(x) + i >= side) throw new Error('module outside the code');
      row[Number(x) + i] = true;
    }
  }
  return { side, dark };
}

describe('QrCode', () => {
  it('is an image named by its label', () => {
    render(<QrCode value={link} label="Scan to call +1 410 793 4326 from your phone" />);
    expect(
      screen.getByRole('img', { name: 'Scan to call +1 410 793 4326 from your phone' }),
    ).toBeInTheDocument();
  });

  it('is drawn at the requested size', () => {
    render(<QrCode value={link} label="QR" size={256} />);
    const svg = screen.getByRole('img', { name: 'QR' });
    expect(svg).toHaveAttribute('width', '256');
    expect(svg).toHaveAttribute('height', '256');
  });

  it('draws black modules on a white background', () => {
    render(<QrCode value={link} label="QR" />);
    const svg = screen.getByRole('img', { name: 'QR' });
    expect(svg.querySelector('rect')).toHaveAttribute('fill', '#fff');
    expect(svg.querySelector('path')).toHaveAttribute('fill', '#000');
  });

  it('leaves a quiet zone of 4 modules around a code of a real QR size', () => {
    render(<QrCode value={link} label="QR" />);
    const { side, dark } = drawnModules(screen.getByRole('img', { name: 'QR' }));
    const codeSize = side - 8;
    // QR versions 1 to 40 measure 21, 25, ..., 177 modules.
    expect(codeSize >= 21 && codeSize <= 177 && (codeSize - 21) % 4 === 0).toBe(true);
    dark.forEach((row, y) => {
      row.forEach((isDark, x) => {
        const inQuietZone = x < 4 || y < 4 || x >= side - 4 || y >= side - 4;
        if (inQuietZone) expect(isDark).toBe(false);
      });
    });
  });

  it('draws the three finder squares a scanner looks for', () => {
    render(<QrCode value={link} label="QR" />);
    const { side, dark } = drawnModules(screen.getByRole('img', { name: 'QR' }));
    const corners = [
      [4, 4],
      [side - 11, 4],
      [4, side - 11],
    ] as const;
    for (const [left, top] of corners) {
      for (let y = 0; y < 7; y += 1) {
        for (let x = 0; x < 7; x += 1) {
          const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
          // Dark outer ring, light ring, dark 3x3 centre.
          expect(dark[top + y]?.[left + x]).toBe(ring !== 2);
        }
      }
    }
  });

  it('draws exactly the modules of a QR code holding the value', () => {
    render(<QrCode value={link} label="QR" />);
    const { dark } = drawnModules(screen.getByRole('img', { name: 'QR' }));
    const code = dark.slice(4, -4).map((row) => row.slice(4, -4));
    const candidates = (['L', 'M', 'Q', 'H'] as const).map(
      (ecc) => encode(link, { ecc, border: 0 }).data,
    );
    expect(candidates).toContainEqual(code);
  });

  it('draws a different code for a different value', () => {
    const { container, rerender } = render(<QrCode value={link} label="QR" />);
    const first = container.querySelector('path')?.getAttribute('d');
    rerender(<QrCode value="openphone://dial?number=4107934326" label="QR" />);
    expect(container.querySelector('path')?.getAttribute('d')).not.toBe(first);
  });
});
