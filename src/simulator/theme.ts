/** Colours close to HubSpot's own UI, so the simulator reads as "a HubSpot page". */
export const colors = {
  nav: '#213343',
  navText: '#f5f8fa',
  page: '#f5f8fa',
  panel: '#ffffff',
  border: '#cbd6e2',
  text: '#33475b',
  muted: '#516f90',
  accent: '#ff7a59',
  accentDark: '#e66e50',
  link: '#0091ae',
  success: '#00bda5',
  successBg: '#e5f8f6',
  warning: '#f5c26b',
  warningBg: '#fef8f0',
  danger: '#f2545b',
  dangerBg: '#fde8e9',
  info: '#7fd1de',
  infoBg: '#e5f5f8',
} as const;

export const fontStack = "'Lexend Deca', 'Avenir Next', Helvetica, Arial, sans-serif";

/**
 * As wide as its column, without widening it to fit its own text: the widget's column is
 * as wide as the widget's iframe, and the rest of the page is the record's.
 */
export const fitsColumn = `
  width: 0;
  min-width: 100%;
  box-sizing: border-box;
`;
