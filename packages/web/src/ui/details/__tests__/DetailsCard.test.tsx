import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { DetailsCard, DetailsItem } from '../DetailsCard';
import { DetailsText, LastChangeItem, TagsItem } from '../DetailsItems';
import { SectionAddButton, SectionCard } from '../SectionCard';

describe('DetailsCard', () => {
  it('shows each field with its label, a dash for an empty one, tags and the last change', () => {
    renderWithProviders(
      <DetailsCard after={<DetailsText title="Description" text="Line one" />}>
        <DetailsItem label="Acronym">CNR</DetailsItem>
        <DetailsItem label="City">{null}</DetailsItem>
        <TagsItem tags={[{ id: 't1', label: 'partner' }]} />
        <LastChangeItem at="2026-03-04T10:05:00Z" by={{ name: 'Ada' }} />
      </DetailsCard>,
    );
    expect(screen.getByRole('heading', { name: 'Details' })).toBeInTheDocument();
    expect(screen.getByText('Acronym').nextSibling).toHaveTextContent('CNR');
    expect(screen.getByText('City').nextSibling).toHaveTextContent('—');
    expect(screen.getByText('Tags').nextSibling).toHaveTextContent('partner');
    expect(screen.getByText('Last change').nextSibling).toHaveTextContent(/^4 Mar 2026, \d\d:05 by Ada$/);
    expect(screen.getByRole('heading', { name: 'Description' })).toBeInTheDocument();
  });

  it('shows a dash for no tags, and nothing for an empty text', () => {
    renderWithProviders(
      <DetailsCard after={<DetailsText title="Notes" text="" />}>
        <TagsItem tags={[]} />
      </DetailsCard>,
    );
    expect(screen.getByText('Tags').nextSibling).toHaveTextContent('—');
    expect(screen.queryByRole('heading', { name: 'Notes' })).not.toBeInTheDocument();
  });
});

describe('SectionCard', () => {
  it('puts the action beside the title', async () => {
    const onAdd = jest.fn();
    const { user } = renderWithProviders(
      <SectionCard title="Tasks (2)" action={<SectionAddButton onClick={onAdd}>New task</SectionAddButton>}>
        <p>List</p>
      </SectionCard>,
    );
    expect(screen.getByRole('heading', { name: 'Tasks (2)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New task' }));
    expect(onAdd).toHaveBeenCalled();
  });
});
