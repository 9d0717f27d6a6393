export { ClearFiltersButton } from './ClearFiltersButton';
export { OptionsFilter } from './OptionsFilter';
export { SearchFilter } from './SearchFilter';
