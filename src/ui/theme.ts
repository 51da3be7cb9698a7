// HubSpot's own palette, so the widget looks at home in the call sidebar, darkened where
// its text would fall below WCAG AA contrast (4.5:1; checked by axe in tests/e2e).
export const colors = {
  text: '#33475b',
  muted: '#516f90',
  border: '#cbd6e2',
  surface: '#f5f8fa',
  accent: '#c4472a',
  accentDark: '#a93b22',
  teal: '#00a4bd',
  success: '#00bda5',
  danger: '#b8333a',
  dangerSurface: '#fde8e9',
  infoSurface: '#e5f5f8',
  focus: '#00768c',
} as const;
