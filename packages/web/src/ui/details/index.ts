export { DetailsCard, DetailsItem } from './DetailsCard';
export { DetailsText, LastChangeItem, TagsItem } from './DetailsItems';
export { PlainList, SectionAddButton, SectionCard, SectionEmpty } from './SectionCard';
