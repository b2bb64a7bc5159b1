import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A calm petrol-teal: readable on old monitors and projectors, not the default bright blue.
const petrol: MantineColorsTuple = [
  '#e9f6f6',
  '#d6e9ea',
  '#a8d2d4',
  '#77babd',
  '#52a6aa',
  '#3a999e',
  '#2c9297',
  '#1c7f84',
  '#0b7176',
  '#006266',
];

export const theme = createTheme({
  primaryColor: 'petrol',
  colors: { petrol },
  primaryShade: 8,
  fontFamily: '"Segoe UI", "PT Sans", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: '"Segoe UI", "PT Sans", Roboto, "Helvetica Neue", Arial, sans-serif' },
  defaultRadius: 'md',
  focusRing: 'auto',
  components: {
    Button: { defaultProps: { radius: 'md' } },
    TextInput: { defaultProps: { radius: 'md' } },
  },
});
