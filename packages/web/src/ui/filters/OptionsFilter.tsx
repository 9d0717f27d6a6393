import { MultiSelect, type MultiSelectProps } from '@mantine/core';

export interface OptionsFilterProps extends Omit<MultiSelectProps, 'value' | 'onChange'> {
  value: string[];
  onChange(value: string[]): void;
}

/** A filter on a fixed set of values (kind, status …): "Any" while none is chosen. */
export function OptionsFilter({ value, onChange, ...props }: OptionsFilterProps) {
  return (
    <MultiSelect
      placeholder={value.length ? undefined : 'Any'}
      value={value}
      onChange={onChange}
      clearable
      {...props}
    />
  );
}
