import { spotlight } from '@mantine/spotlight';
import { act, configure, screen } from '@testing-library/react';
import { useLocation } from 'react-router';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { GlobalSearch } from '../GlobalSearch';
import { GlobalSearchQuery } from '../useSearchHits';

configure({ asyncUtilTimeout: 4000 });

const KIT = 'aaaaaaaa-0000-4000-8000-000000000001';
const hits = [
  {
    __typename: 'SearchHit',
    id: KIT,
    type: 'ORGANIZATION',
    title: 'Karlsruher Institut für Technologie',
    subtitle: 'Karlsruhe, Germany',
  },
  { __typename: 'SearchHit', id: 'doc-1', type: 'DOCUMENT', title: 'Visit to Karlsruhe', subtitle: null },
  { __typename: 'SearchHit', id: 'c-1', type: 'CONTACT', title: 'Lena Karl', subtitle: null },
];
const answer = {
  request: { query: GlobalSearchQuery, variables: { query: 'Kralsruhe', first: 20 } },
  result: { data: { search: hits } },
};

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

async function search(user: ReturnType<typeof renderWithProviders>['user'], text: string) {
  act(() => spotlight.open());
  const box = await screen.findByRole('textbox', { name: 'Search Liaison' });
  await user.type(box, text);
  return box;
}

describe('GlobalSearch (Ctrl-K)', () => {
  it('groups the hits by kind, the group of the best hit first, as the server ranked them', async () => {
    const { user } = renderWithProviders(<GlobalSearch />, { mocks: [answer] });
    await search(user, 'Kralsruhe');
    const kit = await screen.findByRole('button', { name: /^Karlsruher Institut für Technologie/ });
    // Mantine draws a group's label from a CSS variable of the group: 'Organizations'.
    const labels = [...document.querySelectorAll('.mantine-Spotlight-actionsGroup')].map((group) =>
      (group as HTMLElement).style.getPropertyValue('--spotlight-label').replace(/'/g, ''),
    );
    expect(labels).toEqual(['Organizations', 'Documents', 'Contacts', 'Show in graph']);
    expect(kit).toHaveTextContent('Karlsruhe, Germany');
    expect(
      screen.getByRole('button', { name: 'Show in graph: Karlsruher Institut für Technologie' }),
    ).toBeInTheDocument();
  });

  it('opens the top hit on Enter', async () => {
    const { user } = renderWithProviders(
      <>
        <GlobalSearch />
        <Where />
      </>,
      { mocks: [answer] },
    );
    const box = await search(user, 'Kralsruhe');
    await screen.findByRole('button', { name: /^Karlsruher Institut für Technologie/ });
    await user.type(box, '{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent(`/organizations/${KIT}`);
  });

  it('asks for two characters before searching, and says when nothing is found', async () => {
    const nothing = {
      request: { query: GlobalSearchQuery, variables: { query: 'zzqx', first: 20 } },
      result: { data: { search: [] } },
    };
    const { user } = renderWithProviders(<GlobalSearch />, { mocks: [nothing] });
    const box = await search(user, 'z');
    expect(await screen.findByText('Type at least two characters.')).toBeInTheDocument();
    await user.type(box, 'zqx');
    expect(await screen.findByText('Nothing found.')).toBeInTheDocument();
  });
});
