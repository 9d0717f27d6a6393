import { TextInput, type TextInputProps } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export interface SearchFilterProps extends Omit<TextInputProps, 'value' | 'onChange'> {
  /** The text in the URL. */
  value: string;
  /** Called once typing pauses; the URL entry is replaced, not added. */
  onChange(q: string, options: { replace: true }): void;
}

/** The list's "Filter" text box: shows what is typed at once, filters when typing pauses. */
export function SearchFilter({ value, onChange, label = 'Filter', ...props }: SearchFilterProps) {
  const [text, setText] = useState(value);
  // The URL's text as last rendered, and the text this box last sent to the URL.
  const [seen, setSeen] = useState(value);
  const [committed, setCommitted] = useState(value);
  // The URL changed from elsewhere (Back, a link, "Clear filters"): show its text. Only a change
  // of the URL counts: while our own commit is on its way (the router updates the URL in a later
  // render), the box keeps what was typed.
  if (value !== seen) {
    setSeen(value);
    if (value !== committed) {
      setCommitted(value);
      setText(value);
    }
  }
  const commitText = useDebouncedCallback((q: string) => {
    setCommitted(q);
    onChange(q, { replace: true });
  }, 300);

  return (
    <TextInput
      label={label}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        commitText(event.currentTarget.value);
      }}
      {...props}
    />
  );
}
