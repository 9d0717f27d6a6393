import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTagOptions } from '../hooks/useTagOptions';

/** Choose tags by label (values are tag ids): a filter or a form field. */
export function TagMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { options, loading } = useTagOptions();
  return (
    <MultiSelect
      searchable
      clearable
      nothingFoundMessage={loading ? 'Loading tags…' : 'No such tag'}
      {...props}
      data={options}
    />
  );
}
