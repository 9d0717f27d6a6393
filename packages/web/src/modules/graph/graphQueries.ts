import { graphql } from '../../generated';

export const GraphNodeFields = graphql(`
  fragment GraphNodeFields on GraphNode {
    id
    kind
    label
    subtitle
    country
    degree
    trashed
  }
`);

export const GraphEdgeFields = graphql(`
  fragment GraphEdgeFields on GraphEdge {
    id
    kind
    source
    target
    role
    main
    since
    until
    past
    note
    count
    lastDate
    weight
  }
`);

export const GraphPathFields = graphql(`
  fragment GraphPathFields on GraphPath {
    length
    nodes {
      ...GraphNodeFields
    }
    edges {
      ...GraphEdgeFields
    }
  }
`);

/** The neighbourhood of the view's seeds (and, asked separately, of the nodes expanded since). */
export const GraphNeighborhoodQuery = graphql(`
  query GraphNeighborhood($input: GraphNeighborhoodInput!) {
    graphNeighborhood(input: $input) {
      truncated
      nodes {
        ...GraphNodeFields
      }
      edges {
        ...GraphEdgeFields
      }
    }
  }
`);

export const ConnectionPathsQuery = graphql(`
  query ConnectionPaths($input: ConnectionPathsInput!) {
    connectionPaths(input: $input) {
      ...GraphPathFields
    }
  }
`);

export const WhoKnowsQuery = graphql(`
  query WhoKnows($input: WhoKnowsInput!) {
    whoKnows(input: $input) {
      hops
      strength
      node {
        ...GraphNodeFields
      }
      path {
        ...GraphPathFields
      }
    }
  }
`);
