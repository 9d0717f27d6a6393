import { SegmentedControl, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { SectionCard } from '../../../ui/details';

const SCHEMES: { value: MantineColorScheme; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** Light, dark, or as the system says (the default); remembered in this browser. */
export function ThemeSection() {
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  return (
    <SectionCard title="Appearance">
      <Text size="sm" id="theme-label" mb="xs">
        Theme: “Auto” follows your system’s light or dark setting. The choice is remembered in this browser.
      </Text>
      <SegmentedControl
        aria-labelledby="theme-label"
        data={SCHEMES}
        value={colorScheme}
        onChange={(value) => setColorScheme(value as MantineColorScheme)}
      />
    </SectionCard>
  );
}
