import { type CSSVariablesResolver, createTheme } from '@mantine/core';

/**
 * Darker shades than Mantine's defaults so text and filled buttons reach WCAG AA contrast
 * (blue.6 on white is 3.6:1; blue.8 is 4.9:1).
 */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 5 },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans TC", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'sm',
  components: {
    // Clicking the chosen option again must not empty a required field (it then said 「此欄位為必填」);
    // an optional select offers its clear button instead (`clearable`).
    Select: { defaultProps: { allowDeselect: false } },
    // Mantine keeps every closed dropdown in the page (display: none), and each one's position is computed when
    // the page mounts: a forced style and layout pass per select (floating-ui's isRTL), 845 ms of /partners'
    // start-up at 4× CPU in a profile. Closed, a dropdown is now not there; aria-controls names it only open.
    Combobox: { defaultProps: { keepMounted: false } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    // Text of light badges and alerts: Mantine's shade 9 is just under 4.5:1 on some light backgrounds.
    '--mantine-color-error': '#c92a2a',
    '--mantine-color-teal-light-color': '#066649',
    '--mantine-color-blue-light-color': '#0d4f8b',
    '--mantine-color-red-light-color': '#a61e1e',
    '--mantine-color-orange-light-color': '#8f3505',
    '--mantine-color-green-light-color': '#1b5e20',
    '--mantine-color-gray-light-color': '#3d4348',
    '--mantine-color-yellow-light-color': '#6b4a00',
    '--mantine-color-violet-light-color': '#4c2a99',
    // Outline badges use one colour for text and border: shade 6 is 3.3–3.6:1 on white (axe found a renewed
    // agreement's gray badge on the agreements list); these are over 4.5:1.
    '--mantine-color-gray-outline': '#495057',
    '--mantine-color-blue-outline': '#1864ab',
    '--mantine-color-red-outline': '#c92a2a',
  },
  dark: {},
});
