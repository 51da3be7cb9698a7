import type { en } from './catalogs/en';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

type EnglishKey = keyof typeof en;

/** A key as the code asks for it: plural forms go by their base key and a `count`. */
export type MessageKey = EnglishKey extends infer K
  ? K extends `${infer Base}_${PluralSuffix}`
    ? Base
    : K
  : never;

type PluralBase = EnglishKey extends infer K
  ? K extends `${infer Base}_${PluralSuffix}`
    ? Base
    : never
  : never;

/**
 * What every language must provide: each plain key, and for each plural key the `other`
 * form plus whichever of the language's own plural categories it needs (Japanese and
 * Vietnamese have one form, French three). The catalogue test checks the categories
 * `Intl.PluralRules` asks for.
 */
export type Catalog = { [K in Exclude<MessageKey, PluralBase>]: string } & {
  [K in PluralBase as `${K}_other`]: string;
} & { [K in PluralBase as `${K}_${Exclude<PluralSuffix, 'other'>}`]?: string };
