import { Anchor } from '@mantine/core';
import classes from './SkipLink.module.css';

/** The first stop of the Tab key: straight to the page's content, past the navigation. */
export function SkipLink() {
  return (
    <Anchor href="#main" className={classes.link}>
      Skip to content
    </Anchor>
  );
}
