import { Select, type SelectProps } from '@mantine/core';
import { useTagOptions } from '../hooks/useTagOptions';

/** Choose one tag by label (the value is its id). */
export function TagSelect(props: Omit<SelectProps, 'data'>) {
  const { options, loading } = useTagOptions();
  return (
    <Select searchable nothingFoundMessage={loading ? 'Loading tags…' : 'No such tag'} {...props} data={options} />
  );
}
