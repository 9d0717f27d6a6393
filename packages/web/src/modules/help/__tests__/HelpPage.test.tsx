import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { HELP_TOPICS } from '../helpTopics';
import { HelpPage } from '../pages/HelpPage';

describe('HelpPage', () => {
  it('lists every topic with a link to its section, and covers what outreach staff ask', () => {
    renderWithProviders(<HelpPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'How we use Liaison' })).toBeInTheDocument();
    const topics = screen.getByRole('navigation', { name: 'Topics' });
    for (const topic of HELP_TOPICS) {
      expect(within(topics).getByRole('link', { name: topic.title })).toHaveAttribute('href', `#${topic.id}`);
      expect(screen.getByRole('heading', { level: 2, name: topic.title })).toHaveAttribute('id', topic.id);
    }
    for (const subject of [
      /Recording activities/,
      /Needs/,
      /Documents/,
      /Privacy and consent/,
      /Ctrl-K/,
      /graph/,
      /Reports/,
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: subject })).toBeInTheDocument();
    }
    expect(screen.getAllByRole('link', { name: 'My settings' })[0]).toHaveAttribute('href', '/settings');
  });
});
