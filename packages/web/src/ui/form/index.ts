export { DraftRestoredAlert } from './DraftRestoredAlert';
export { FormActions, type FormActionsProps } from './FormActions';
export { RecordFormFrame, type RecordFormFrameProps } from './RecordFormFrame';
export { DialogForm, type DialogFormProps } from './DialogForm';
export { useRecordForm, type RecordFormOptions } from './useRecordForm';
