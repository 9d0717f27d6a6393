import { useComputedColorScheme } from '@mantine/core';
import { BarChart, FunnelChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { themed } from './chartTheme';
import type { ChartHandle, ChartProps } from './chartTypes';

// Only what the reports draw (an area is a line filled): the bundle carries these and nothing else of ECharts.
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  HeatmapChart,
  FunnelChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

/** An ECharts chart, drawn on a canvas; `ref` exports it as PNG or SVG. */
export function EChart({ option, height = 360, onClick, label, ref }: ChartProps & { ref?: Ref<ChartHandle> }) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const dark = useComputedColorScheme('light') === 'dark';
  const click = useRef(onClick);
  useEffect(() => {
    click.current = onClick;
  }, [onClick]);

  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => click.current?.(params as never));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(themed(option, dark), true);
  }, [option, dark]);

  useImperativeHandle(ref, () => ({
    png: () => chart.current!.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: dark ? '#1a1b1e' : '#ffffff' }),
    svg: () => {
      const width = element.current?.clientWidth ?? 800;
      const svg = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width, height });
      svg.setOption({ ...themed(option, false), animation: false, backgroundColor: '#ffffff' });
      const text = svg.renderToSVGString();
      svg.dispose();
      return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    },
  }));

  return <div ref={element} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
