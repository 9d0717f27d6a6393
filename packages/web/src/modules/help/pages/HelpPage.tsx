import { Anchor, List, Paper, Stack, Title } from '@mantine/core';
import { PageHeader } from '../../../ui/PageHeader';
import { HELP_TOPICS } from '../helpTopics';

/** /help: how the outreach team uses Liaison, and the questions people ask. */
export function HelpPage() {
  return (
    <>
      <PageHeader
        title="How we use Liaison"
        description="A short guide for outreach staff: what to record, where, and the questions people ask."
      />
      <Stack gap="md" maw={820}>
        <Paper withBorder p="md" component="nav" aria-label="Topics">
          <List spacing={4}>
            {HELP_TOPICS.map((topic) => (
              <List.Item key={topic.id}>
                <Anchor href={`#${topic.id}`}>{topic.title}</Anchor>
              </List.Item>
            ))}
          </List>
        </Paper>
        {HELP_TOPICS.map((topic) => (
          <Stack key={topic.id} gap="xs" component="section" aria-labelledby={topic.id}>
            <Title order={2} size="h3" id={topic.id}>
              {topic.title}
            </Title>
            {topic.body}
          </Stack>
        ))}
      </Stack>
    </>
  );
}
