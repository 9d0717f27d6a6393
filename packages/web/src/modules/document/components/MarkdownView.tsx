import { Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

const COMPONENTS: Components = {
  // Task list boxes ("- [x] done") are read-only; they say what they show.
  input: ({ node: _node, ...props }) =>
    props.type === 'checkbox' ? (
      <input {...props} aria-label={props.checked ? 'Done' : 'To do'} />
    ) : (
      <input {...props} />
    ),
};

/**
 * Markdown as a page: GitHub-flavoured (tables, task lists, strikethrough, autolinks). HTML written
 * in the text is dropped, never rendered, and unsafe link protocols are removed by react-markdown.
 */
export function MarkdownView({ children }: { children: string }) {
  return (
    <Typography>
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={COMPONENTS}>
        {children}
      </Markdown>
    </Typography>
  );
}
