import { useMutation } from '@apollo/client/react';
import { ColorInput, Modal, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { DialogForm } from '../../../ui/form';
import { CreateTagMutation, UpdateTagMutation } from '../tagOperations';

export interface EditedTag {
  id: string;
  label: string;
  color?: string | null;
  description?: string | null;
  version: number;
}

const FIELD_LABELS = { label: 'Label', color: 'Colour', description: 'Description' };

/** Makes a tag, or renames, recolours and redescribes one (`tag` given). */
export function TagFormDialog({ tag, onClose }: { tag?: EditedTag; onClose(saved: boolean): void }) {
  const [label, setLabel] = useState(tag?.label ?? '');
  const [color, setColor] = useState(tag?.color ?? '');
  const [description, setDescription] = useState(tag?.description ?? '');
  const [create, created] = useMutation(CreateTagMutation);
  const [update, updated] = useMutation(UpdateTagMutation);
  const title = tag ? `Edit the tag ${tag.label}` : 'New tag';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const values = { label, color: color || null, description: description || null };
    try {
      if (tag) await update({ variables: { input: { id: tag.id, version: tag.version, ...values } } });
      else await create({ variables: { input: values } });
      onClose(true);
    } catch {
      // Shown by the form's error alert.
    }
  };

  return (
    <Modal opened onClose={() => onClose(false)} title={title}>
      <DialogForm
        label={title}
        submitLabel={tag ? 'Save' : 'Create tag'}
        submitting={created.loading || updated.loading}
        onSubmit={(event) => void submit(event)}
        onCancel={() => onClose(false)}
        error={created.error ?? updated.error}
        fieldLabels={FIELD_LABELS}
      >
        <TextInput label="Label" required value={label} onChange={(event) => setLabel(event.currentTarget.value)} />
        <ColorInput label="Colour" format="hex" value={color} onChange={setColor} placeholder="#1f77b4" />
        <Textarea
          label="Description"
          description="What the tag means, when to use it."
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
      </DialogForm>
    </Modal>
  );
}
