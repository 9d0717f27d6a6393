export { RecordFormFrame } from './RecordFormFrame';
export { DialogForm } from './DialogForm';
export { useRecordForm } from './useRecordForm';
export { useDialogForm } from './useDialogForm';
