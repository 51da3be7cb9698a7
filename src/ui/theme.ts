// HubSpot's own palette, so the widget looks at home in the call sidebar.
export const colors = {
  text: '#33475b',
  muted: '#516f90',
  border: '#cbd6e2',
  surface: '#f5f8fa',
  accent: '#ff7a59',
  accentDark: '#e66e50',
  teal: '#00a4bd',
  success: '#00bda5',
  danger: '#d94c53',
  dangerSurface: '#fde8e9',
  infoSurface: '#e5f5f8',
  focus: '#0091ae',
} as const;
