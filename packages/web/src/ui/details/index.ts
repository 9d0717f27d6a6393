export { DetailsCard, DetailsItem, type DetailsCardProps } from './DetailsCard';
export { DetailsText, LastChangeItem, TagsItem } from './DetailsItems';
export { PlainList, SectionAddButton, SectionCard, SectionEmpty, type SectionCardProps } from './SectionCard';
