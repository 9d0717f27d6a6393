import { MultiSelect, Select, type MultiSelectProps, type SelectProps } from '@mantine/core';
import { memo } from 'react';
import { countryOptions } from './countries';

const COUNTRIES = countryOptions();

/**
 * Re-renders only when a shown prop changes, not for new callbacks: a form re-renders at each
 * keystroke, and 250 options each time would slow typing. (Callbacks from @mantine/form stay valid.)
 */
function sameShownProps<P extends object>(previous: P, next: P): boolean {
  const keys = new Set([...Object.keys(previous), ...Object.keys(next)]) as Set<keyof P>;
  return [...keys].every((key) => typeof next[key] === 'function' || Object.is(previous[key], next[key]));
}

/** One country by name; the value is its ISO 3166 code ("FR"). */
export const CountrySelect = memo(function CountrySelect(props: Omit<SelectProps, 'data'>) {
  return <Select searchable clearable nothingFoundMessage="No such country" {...props} data={COUNTRIES} />;
}, sameShownProps);

/** Several countries by name; the values are ISO 3166 codes. */
export const CountryMultiSelect = memo(function CountryMultiSelect(props: Omit<MultiSelectProps, 'data'>) {
  return <MultiSelect searchable clearable nothingFoundMessage="No such country" {...props} data={COUNTRIES} />;
}, sameShownProps);
