export { ClearFiltersButton } from './ClearFiltersButton';
export { OptionsFilter, type OptionsFilterProps } from './OptionsFilter';
export { SearchFilter, type SearchFilterProps } from './SearchFilter';
