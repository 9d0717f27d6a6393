import { Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router';

export interface UrlTab {
  value: string;
  label: ReactNode;
  panel: ReactNode;
}

/**
 * Tabs whose choice is kept in the URL (`?tab=`), so that a tab can be bookmarked and the back
 * button returns to it. The first tab is the default and leaves the URL bare; only the shown
 * panel is mounted.
 */
export function UrlTabs({ tabs }: { tabs: UrlTab[] }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const first = tabs[0]?.value;
  const asked = searchParams.get('tab');
  return (
    <Tabs
      value={tabs.some((tab) => tab.value === asked) ? asked : first}
      onChange={(value) => setSearchParams(value && value !== first ? { tab: value } : {}, { replace: true })}
      keepMounted={false}
    >
      <Tabs.List mb="md">
        {tabs.map((tab) => (
          <Tabs.Tab key={tab.value} value={tab.value}>
            {tab.label}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Panel key={tab.value} value={tab.value}>
          {tab.panel}
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
