import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { NewDocumentButton } from '../components/NewDocumentButton';

describe('NewDocumentButton', () => {
  it('starts a document attached to the record whose page it is on', () => {
    renderWithProviders(<NewDocumentButton target="contact" id="c-1" />);
    expect(screen.getByRole('link', { name: 'New document' })).toHaveAttribute('href', '/documents/new?contact=c-1');
  });

  it("starts a meeting's minutes on the meeting and the organizations it concerns, titled and of their kind", () => {
    renderWithProviders(
      <NewDocumentButton
        target="activity"
        id="a-1"
        label="Write the minutes"
        title="Minutes: Kick-off"
        kind="MINUTES"
        alsoAttachTo={[
          { target: 'organization', id: 'o-1' },
          { target: 'organization', id: 'o-2' },
        ]}
      />,
    );
    const href = screen.getByRole('link', { name: 'Write the minutes' }).getAttribute('href')!;
    const params = new URL(href, 'http://x').searchParams;
    expect(params.get('activity')).toBe('a-1');
    expect(params.getAll('organization')).toEqual(['o-1', 'o-2']);
    expect(params.get('title')).toBe('Minutes: Kick-off');
    expect(params.get('kind')).toBe('MINUTES');
  });
});
