import { parse } from 'graphql';
import { createCache } from '../../../app/apollo/createApolloClient';
import { forgetTimelines } from '../forgetTimeline';

// Plain documents (not graphql()/gql tags), so that code generation leaves them out.
const CONTACT = parse(`
  query ContactWithTimeline($id: ID!) {
    contact(id: $id) {
      id
      name
      timeline(first: 20) {
        totalCount
      }
    }
  }
`);

describe('forgetTimelines', () => {
  it("drops the records' cached timelines and keeps the rest of them", () => {
    const cache = createCache();
    const contact = {
      __typename: 'Contact',
      id: 'c-1',
      name: 'Ada',
      timeline: { __typename: 'TimelineItemConnection', totalCount: 3 },
    };
    cache.writeQuery({ query: CONTACT, variables: { id: 'c-1' }, data: { contact } });

    forgetTimelines(cache, [{ __typename: 'Contact', id: 'c-1' }, { __typename: 'Activity', id: 'a-1' }, null]);

    expect(cache.readQuery({ query: CONTACT, variables: { id: 'c-1' } })).toBeNull();
    expect(
      cache.readFragment({
        id: 'Contact:c-1',
        fragment: parse('fragment ContactName on Contact { name }'),
      }),
    ).toEqual({
      __typename: 'Contact',
      name: 'Ada',
    });
  });
});
