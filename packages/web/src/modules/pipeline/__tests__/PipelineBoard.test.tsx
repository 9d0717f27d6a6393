import { act, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { withColumnLayout } from './columnLayout';
import { ENGAGEMENT_WORDING } from '../boardLabels';
import type { BoardCard, BoardStage } from '../boardTypes';
import { PipelineBoard } from '../components/PipelineBoard';
import { useOptimisticMoves, type SaveMove } from '../hooks/useOptimisticMoves';

const STAGES: BoardStage[] = [
  { id: 'dissemination', name: 'Dissemination', rottingDays: null },
  { id: 'induction', name: 'Induction', rottingDays: 30 },
  { id: 'training', name: 'Training', rottingDays: null },
];

const TWO_DAYS_AGO = dayjs().subtract(2, 'day').toISOString();

const card = (id: string, title: string, stageId: string, overrides: Partial<BoardCard> = {}): BoardCard => ({
  id,
  version: 3,
  title,
  stageId,
  organizationName: 'CERN',
  ownerName: 'Ada Lovelace',
  expectedValue: 10,
  stageEnteredAt: TWO_DAYS_AGO,
  ...overrides,
});

const CARDS = [
  card('opp-1', 'Alpha community', 'dissemination'),
  card('opp-2', 'Beta institute', 'dissemination', { expectedValue: 5 }),
  card('opp-3', 'Gamma lab', 'induction', { stageEnteredAt: dayjs().subtract(40, 'day').toISOString() }),
];

const people = (value: number) => `${value.toLocaleString('en-GB')} people`;
const pathOf = (c: BoardCard) => `/opportunities/${c.id}`;

withColumnLayout();

/** The sensor listens for the next key on a timer after each one; let it. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

const column = (name: string) => screen.getByRole('region', { name });
const cardsIn = (name: string) =>
  within(column(name))
    .queryAllByRole('article')
    .map((article) => article.getAttribute('aria-label'));

function renderBoard(onMove?: (c: BoardCard, stageId: string) => void) {
  return renderWithProviders(
    <PipelineBoard
      stages={STAGES}
      cards={CARDS}
      wording={ENGAGEMENT_WORDING}
      formatValue={people}
      cardPath={pathOf}
      onMove={onMove}
    />,
  );
}

describe('PipelineBoard', () => {
  it('shows a column per stage with its count and total value, and cards with their details', () => {
    renderBoard(jest.fn());

    expect(within(column('Dissemination')).getByTestId('column-totals')).toHaveTextContent('2 engagements · 15 people');
    expect(within(column('Induction')).getByTestId('column-totals')).toHaveTextContent('1 engagement · 10 people');
    expect(within(column('Training')).getByTestId('column-totals')).toHaveTextContent('0 engagements · 0 people');
    const alpha = screen.getByRole('article', { name: 'Alpha community' });
    expect(within(alpha).getByRole('link', { name: 'Alpha community' })).toHaveAttribute(
      'href',
      '/opportunities/opp-1',
    );
    expect(alpha).toHaveTextContent('CERN');
    expect(alpha).toHaveTextContent('Ada Lovelace');
    expect(alpha).toHaveTextContent('10 people');
    expect(alpha).toHaveTextContent('2 days in stage');
    expect(within(alpha).queryByText('Rotting')).not.toBeInTheDocument();
  });

  it('highlights a card that stayed longer than its stage allows', () => {
    renderBoard(jest.fn());
    const gamma = screen.getByRole('article', { name: 'Gamma lab, rotting' });
    expect(gamma).toHaveTextContent('40 days in stage');
    expect(within(gamma).getByTitle('Longer than 30 days in Induction')).toHaveTextContent('Rotting');
  });

  it('moves a card by keyboard: Space picks it up, the right arrow chooses the next stage, Space drops it', async () => {
    const onMove = jest.fn();
    const { user } = renderBoard(onMove);

    screen.getByRole('button', { name: 'Drag engagement Alpha community' }).focus();
    await user.keyboard(' ');
    await settle();
    expect(await screen.findByText('Picked up engagement Alpha community in stage Dissemination.')).toBeInTheDocument();

    await user.keyboard('{ArrowRight}');
    await settle();
    expect(await screen.findByText('Engagement Alpha community is over stage Induction.')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    await settle();
    expect(await screen.findByText('Engagement Alpha community is over stage Training.')).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    await settle();
    expect(await screen.findByText('Engagement Alpha community is over stage Induction.')).toBeInTheDocument();

    await user.keyboard(' ');
    expect(
      await screen.findByText('Engagement Alpha community was moved from Dissemination to Induction.'),
    ).toBeInTheDocument();
    expect(onMove).toHaveBeenCalledTimes(1);
    expect(onMove).toHaveBeenCalledWith(expect.objectContaining({ id: 'opp-1', version: 3 }), 'induction');
  });

  it('cancels a keyboard move with Escape, leaving the card where it was', async () => {
    const onMove = jest.fn();
    const { user } = renderBoard(onMove);

    screen.getByRole('button', { name: 'Drag engagement Beta institute' }).focus();
    await user.keyboard(' ');
    await settle();
    await user.keyboard('{ArrowRight}');
    await settle();
    expect(await screen.findByText('Engagement Beta institute is over stage Induction.')).toBeInTheDocument();
    await user.keyboard('{Escape}');

    expect(
      await screen.findByText('Moving cancelled. Engagement Beta institute stays in stage Dissemination.'),
    ).toBeInTheDocument();
    expect(onMove).not.toHaveBeenCalled();
    expect(cardsIn('Dissemination')).toEqual(['Alpha community', 'Beta institute']);
  });

  it('moves a card with its "Move to stage…" menu', async () => {
    const onMove = jest.fn();
    const { user } = renderBoard(onMove);

    await user.click(screen.getByRole('button', { name: 'Move “Gamma lab” to stage…' }));
    expect(screen.getByRole('menuitem', { name: 'Induction (now)' })).toBeDisabled();
    await user.click(screen.getByRole('menuitem', { name: 'Training' }));

    expect(onMove).toHaveBeenCalledWith(expect.objectContaining({ id: 'opp-3' }), 'training');
  });

  it('offers no handle and no menu to those who may not move cards', () => {
    renderBoard(undefined);
    expect(screen.getByRole('article', { name: 'Alpha community' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Drag engagement/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /to stage…/ })).not.toBeInTheDocument();
  });

  it('draws only the cards in view of a column of thousands', () => {
    const many = Array.from({ length: 3000 }, (_, i) => card(`opp-${i}`, `Engagement ${i}`, 'training'));
    renderWithProviders(
      <PipelineBoard
        stages={STAGES}
        cards={many}
        wording={ENGAGEMENT_WORDING}
        formatValue={people}
        cardPath={pathOf}
      />,
    );
    expect(within(column('Training')).getByTestId('column-totals')).toHaveTextContent(
      '3,000 engagements · 30,000 people',
    );
    const drawn = within(column('Training')).getAllByRole('article').length;
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(20);
  });
});

/** The board as a page uses it: moves shown at once, saved, and undone when refused. */
function OptimisticBoard({ save }: { save: SaveMove }) {
  const [cards] = useState(CARDS);
  const moves = useOptimisticMoves(cards, save);
  return (
    <PipelineBoard
      stages={STAGES}
      cards={moves.cards}
      wording={ENGAGEMENT_WORDING}
      formatValue={people}
      cardPath={pathOf}
      onMove={(c, stageId) => void moves.move(c, stageId)}
    />
  );
}

describe('PipelineBoard with optimistic moves', () => {
  it('shows the card in its new stage while saving, and puts it back when the move is refused', async () => {
    let refuse: (error: Error) => void = () => {};
    const save = jest.fn<Promise<unknown>, Parameters<SaveMove>>(
      () =>
        new Promise((_, reject) => {
          refuse = reject;
        }),
    );
    const { user } = renderWithProviders(<OptimisticBoard save={save} />);

    screen.getByRole('button', { name: 'Drag engagement Alpha community' }).focus();
    await user.keyboard(' ');
    await settle();
    await user.keyboard('{ArrowRight}');
    await settle();
    await user.keyboard(' ');

    await waitFor(() => expect(cardsIn('Induction')).toEqual(['Alpha community', 'Gamma lab, rotting']));
    expect(within(column('Induction')).getByTestId('column-totals')).toHaveTextContent('2 engagements · 20 people');
    expect(within(column('Dissemination')).getByTestId('column-totals')).toHaveTextContent('1 engagement · 5 people');
    expect(save).toHaveBeenCalledWith(expect.objectContaining({ id: 'opp-1' }), 'induction');

    await act(async () => refuse(new Error('refused')));

    await waitFor(() => expect(cardsIn('Dissemination')).toEqual(['Alpha community', 'Beta institute']));
    expect(cardsIn('Induction')).toEqual(['Gamma lab, rotting']);
    expect(within(column('Induction')).getByTestId('column-totals')).toHaveTextContent('1 engagement · 10 people');
  });
});
