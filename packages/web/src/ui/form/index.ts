export { RecordFormFrame } from './RecordFormFrame';
export { DialogForm } from './DialogForm';
export { useRecordForm } from './useRecordForm';
