import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// Same origin: the session cookie signs the explorer in; scripts add an Authorization header
// in the Headers tab instead.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const root = document.getElementById('graphiql');
if (!root) throw new Error('The page has no #graphiql element');
createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={'# The Liaison API. Ctrl+Space completes, Ctrl+Enter runs.\n{\n  version\n}\n'}
    />
  </StrictMode>,
);
