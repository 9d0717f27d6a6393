import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { useUserOptions } from '../hooks/useUserOptions';

/** Choose one user by name (the value is their id): a new owner, a participant… */
export function UserSelect(props: Omit<SelectProps, 'data'>) {
  const { options, loading } = useUserOptions();
  return (
    <Select searchable nothingFoundMessage={loading ? 'Loading people…' : 'No such user'} {...props} data={options} />
  );
}

/** Choose users by name (values are ids): an owner filter. */
export function UserMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  const { options, loading } = useUserOptions();
  return (
    <MultiSelect
      searchable
      clearable
      nothingFoundMessage={loading ? 'Loading people…' : 'No such user'}
      {...props}
      data={options}
    />
  );
}
