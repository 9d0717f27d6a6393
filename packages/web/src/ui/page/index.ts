export { TrashedAlert } from './TrashedAlert';
export { UrlTabs } from './UrlTabs';
export { EditLinkButton } from './EditLinkButton';
export { MergedAlert } from './MergedAlert';
