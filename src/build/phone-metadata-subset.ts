// A Vite plugin (read by vite.config.ts, never part of the browser bundle).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** `import metadata from 'virtual:phone-metadata/1,33'`: the calling codes after the slash. */
export const phoneMetadataPrefix = 'virtual:phone-metadata/';

interface MetadataJson {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/**
 * libphonenumber-js's `min` metadata cut down to some country calling codes: every
 * country sharing each code (all of the NANP for `1`), exactly as the full file has them,
 * so a number of those countries reads the same with either. Made from the installed
 * package at build time, so it never falls behind the full metadata the kit uses.
 */
export function phoneMetadataSubset(callingCodes: readonly string[]): MetadataJson {
  const require = createRequire(import.meta.url);
  const full = JSON.parse(
    readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'),
  ) as MetadataJson;
  const codes: Record<string, string[]> = {};
  const countries: Record<string, unknown> = {};
  for (const code of callingCodes) {
    const sharing = full.country_calling_codes[code];
    if (sharing === undefined) throw new Error(`No country uses the calling code +${code}`);
    codes[code] = sharing;
    for (const country of sharing) countries[country] = full.countries[country];
  }
  return { version: full.version, country_calling_codes: codes, countries };
}

/** Serves `virtual:phone-metadata/<codes>` modules (see phoneMetadataSubset). */
export function phoneMetadataModules(): Plugin {
  return {
    name: 'handoff:phone-metadata',
    resolveId: (id) => (id.startsWith(phoneMetadataPrefix) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${phoneMetadataPrefix}`)) return null;
      const codes = id.slice(phoneMetadataPrefix.length + 1).split(',');
      return `export default ${JSON.stringify(phoneMetadataSubset(codes))};`;
    },
  };
}
