import { Button } from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import { Link } from 'react-router';
import { graphViewHref } from '../lib/graphViewParams';

/** Opens the graph explorer on a record's neighbourhood, the record selected. */
export function GraphLinkButton({ id }: { id: string }) {
  return (
    <Button
      component={Link}
      to={graphViewHref({ seeds: [id], selected: id })}
      variant="default"
      leftSection={<IconChartDots3 size={18} aria-hidden />}
    >
      Graph
    </Button>
  );
}
