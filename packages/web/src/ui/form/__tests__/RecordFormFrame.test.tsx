import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { DialogForm } from '../DialogForm';
import { RecordFormFrame } from '../RecordFormFrame';

const NO_CONFLICT = { opened: false, fields: [], onClose() {}, onReapply() {}, onReload() {} };

describe('RecordFormFrame', () => {
  it('shows the draft notice, the error, the fields and the buttons', async () => {
    const onDiscardDraft = jest.fn();
    const onCancel = jest.fn();
    const onSubmit = jest.fn((event: { preventDefault(): void }) => event.preventDefault());
    const { user } = renderWithProviders(
      <RecordFormFrame
        onSubmit={onSubmit}
        submitLabel="Save changes"
        onCancel={onCancel}
        conflict={NO_CONFLICT}
        restored
        onDiscardDraft={onDiscardDraft}
        error={new Error('Network down')}
        footnote="It goes to the library."
      >
        <input aria-label="Name" />
      </RecordFormFrame>,
    );
    expect(screen.getByRole('form', { name: 'Save changes' })).toBeInTheDocument();
    expect(screen.getByText('Your unsaved input was restored')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(2); // the draft notice and the error
    expect(screen.getByText('It goes to the library.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Discard it' }));
    expect(onDiscardDraft).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(onSubmit).toHaveBeenCalled();
  });

  it('shows neither notice nor error when there is none', () => {
    renderWithProviders(
      <RecordFormFrame
        onSubmit={() => {}}
        submitLabel="Create"
        onCancel={() => {}}
        conflict={NO_CONFLICT}
        restored={false}
        onDiscardDraft={() => {}}
        error={null}
      >
        <input aria-label="Name" />
      </RecordFormFrame>,
    );
    expect(screen.queryByText('Your unsaved input was restored')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('DialogForm', () => {
  it('cancels and submits', async () => {
    const onCancel = jest.fn();
    const onSubmit = jest.fn((event: { preventDefault(): void }) => event.preventDefault());
    const { user } = renderWithProviders(
      <DialogForm onSubmit={onSubmit} label="New task" submitLabel="Add task" onCancel={onCancel} error={null}>
        <input aria-label="Title" />
      </DialogForm>,
    );
    expect(screen.getByRole('form', { name: 'New task' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Add task' }));
    expect(onSubmit).toHaveBeenCalled();
  });
});
