export { TrashedAlert, type TrashedAlertProps } from './TrashedAlert';
export { UrlTabs, type UrlTab } from './UrlTabs';
export { EditLinkButton } from './EditLinkButton';
export { MergedAlert, type MergedAlertProps } from './MergedAlert';
