import { Center, Loader } from '@mantine/core';

/** While a page's code or first data arrives. */
export function PageLoader() {
  return (
    <Center py="xl" role="status">
      <Loader aria-label="Loading the page" />
    </Center>
  );
}
