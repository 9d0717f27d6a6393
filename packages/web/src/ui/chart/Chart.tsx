import { Skeleton } from '@mantine/core';
import { lazy, Suspense, type Ref } from 'react';
import type { ChartHandle, ChartProps } from './chartTypes';

// ECharts is loaded with the first chart, never with the app's first page.
const EChart = lazy(async () => ({ default: (await import('./EChart')).EChart }));

/** A chart, its code loaded on first use; `ref` exports it as PNG or SVG. */
export function Chart(props: ChartProps & { ref?: Ref<ChartHandle> }) {
  return (
    <Suspense fallback={<Skeleton height={props.height ?? 360} />}>
      <EChart {...props} />
    </Suspense>
  );
}
