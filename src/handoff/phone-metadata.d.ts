// Modules made at build time by src/build/phone-metadata-subset.ts.
declare module 'virtual:phone-metadata/*' {
  import type { MetadataJson } from 'libphonenumber-js/core';

  const metadata: MetadataJson;
  export default metadata;
}
