import { Anchor, Code, Kbd, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface HelpTopic {
  /** The anchor of its heading: /help#activities. */
  id: string;
  title: string;
  body: ReactNode;
}

const to = (path: string, label: string) => (
  <Anchor component={Link} to={path}>
    {label}
  </Anchor>
);

/**
 * "How we use Liaison": the outreach team's guide and FAQ, after the EGI CRM's "How to guide".
 * One topic a section; the questions people ask most come first.
 */
export const HELP_TOPICS: HelpTopic[] = [
  {
    id: 'what-to-record',
    title: 'What we record, and why',
    body: (
      <>
        <Text>
          Liaison is our shared memory of the communities we reach out to. Conversations happen in many places, with
          many of us; what one of us learns should help the next colleague who talks to the same people. Record:
        </Text>
        <List>
          <List.Item>
            the <b>projects</b> active in your region (ESFRI and national projects, collaborations) and the people to
            approach there;
          </List.Item>
          <List.Item>
            the <b>organizations</b> working in them (institutes, universities, companies, non-profits) and who to talk
            to at each;
          </List.Item>
          <List.Item>
            every <b>contact</b> you work with, affiliated with their organization and linked to their projects;
          </List.Item>
          <List.Item>
            the <b>needs</b> you find (computing, storage, data, training …), so that together we see the big picture;
          </List.Item>
          <List.Item>
            and the <b>activities</b> (calls, meetings, events, to-dos) and <b>documents</b> (minutes, agreements) that
            show how each relationship is going.
          </List.Item>
        </List>
        <Text>Short and regular beats long and rare: a two-line note the day of the call is worth more than none.</Text>
      </>
    ),
  },
  {
    id: 'organizations-contacts',
    title: 'Organizations and contacts',
    body: (
      <>
        <Text>
          Start from the organization: {to('/organizations', 'Organizations')} → <b>New organization</b>. Then add the
          people under {to('/contacts', 'Contacts')} and affiliate each with their organization (role, main affiliation,
          since when). A person who moves keeps their old affiliation with an end date: the history of who worked where
          stays true.
        </Text>
        <Text>
          While you type a new name, Liaison warns of likely duplicates. Open the existing record instead, or merge the
          two when they are the same.
        </Text>
      </>
    ),
  },
  {
    id: 'activities',
    title: 'Recording activities',
    body: (
      <>
        <Text>
          After a call or a meeting, press <b>Log a call</b> or <b>Log a meeting</b> on the organization’s, contact’s or
          project’s page: the form already knows what it concerns. Write the subject, what was said and the outcome; add
          the colleagues and contacts who took part.
        </Text>
        <Text>
          Something to do later is a <b>to-do</b> with a due date. {to('/todos', 'My to-dos')} lists yours, overdue
          first; tick one off when it is done. Plan the follow-up while the conversation is fresh.
        </Text>
        <Text>
          Who sees an activity: <b>everyone</b>, your <b>team</b>, or <b>private</b> (only you and admins). Use private
          for what was said in confidence.
        </Text>
      </>
    ),
  },
  {
    id: 'needs',
    title: 'Needs',
    body: (
      <Text>
        A need is what an organization or a project requires of the e-infrastructure: “200 TB of storage for the 2026
        campaign”, “training on containers”. Record it under {to('/needs', 'Needs')} or from the organization or project
        page, with its category and priority, and move its status along as it is discussed, offered and met. The reports
        count needs by category, country and status, so be precise.
      </Text>
    ),
  },
  {
    id: 'pipeline',
    title: 'The pipeline: engagements from dissemination to support',
    body: (
      <>
        <Text>
          The {to('/pipeline', 'Pipeline')} board shows each community we are bringing on board as an <b>engagement</b>,
          in a column per stage of the outreach pipeline: dissemination, induction, training, support, established (or
          not pursued). Other pipelines, such as partnerships, call them opportunities. Each column says how many it
          holds and what they are expected to bring; a card says for how long it has been in its stage, and is marked{' '}
          <b>rotting</b> when it stayed longer than its stage allows.
        </Text>
        <List>
          <List.Item>
            Move a card to the next stage by dragging it by its handle, with the keyboard (focus the handle, press{' '}
            <Kbd>Space</Kbd>, the <Kbd>←</Kbd> and <Kbd>→</Kbd> arrows to choose the stage, <Kbd>Space</Kbd> to drop,{' '}
            <Kbd>Esc</Kbd> to cancel), or with its “Move to stage…” menu. Every move is kept in the engagement’s stage
            history, with who moved it and when.
          </List.Item>
          <List.Item>
            Filter by owner, team, country or tag, or switch to the list; the address keeps the view, so it can be
            bookmarked and shared.
          </List.Item>
        </List>
      </>
    ),
  },
  {
    id: 'documents',
    title: 'Documents',
    body: (
      <Text>
        Keep minutes, agreements and presentations under {to('/documents', 'Documents')}: write the text in Markdown
        (with a preview) and attach the file if there is one. Attach the document to every organization, contact and
        project it concerns, so that it shows on their pages and timelines. Record discussions as documents when they
        are longer than an activity’s note.
      </Text>
    ),
  },
  {
    id: 'privacy',
    title: 'Privacy and consent',
    body: (
      <>
        <Text>
          We hold personal data, so we follow the GDPR. For each contact, fill in the <b>consent</b>: the legal basis
          (consent, legitimate interests …), the date and where it was given (“business card at the 2025 conference”).
          Record only what the work needs; never health, beliefs or other sensitive data.
        </Text>
        <Text>
          When a person asks for a copy of their data or to be forgotten, tell an admin: admins answer these requests on{' '}
          {to('/privacy', 'Privacy requests')}, where the export is downloaded as a file and the erasure removes the
          person everywhere. Each request is logged. Viewers never see contacts’ emails and phones.
        </Text>
      </>
    ),
  },
  {
    id: 'search',
    title: 'Finding things: Ctrl-K, lists and saved views',
    body: (
      <>
        <Text>
          Press <Kbd>Ctrl</Kbd> + <Kbd>K</Kbd> (<Kbd>⌘</Kbd> + <Kbd>K</Kbd> on a Mac) anywhere to search every kind of
          record by name, then Enter to open it.
        </Text>
        <Text>
          Each list filters, sorts and chooses its columns; the whole view is in the address, so a bookmark or a link
          shared with a colleague opens the same view. <b>Save this view…</b> under a list in the navigation keeps a
          view you use often, for you, your team or everyone.
        </Text>
      </>
    ),
  },
  {
    id: 'graph',
    title: 'The relationship graph',
    body: (
      <Text>
        {to('/graph', 'Graph')} draws who is linked to whom: start from a record’s <b>Graph</b> button or from Ctrl-K’s
        “Show in graph”, expand a node’s neighbours, and filter by kind or role. <b>Paths</b> answers “who knows someone
        there?”: the shortest chains of people and projects between us and an organization. <b>Show as table</b> gives
        the same as sortable tables.
      </Text>
    ),
  },
  {
    id: 'reports',
    title: 'Reports',
    body: (
      <Text>
        {to('/reports', 'Reports')} shows the built-in reports (activities by team and month, needs by category …) as
        charts with their tables; click a bar to list the records it counts. <b>Build a report</b> chooses the records,
        how to group them and the period; copy its address to share it. Every report exports as CSV, PNG or SVG.
      </Text>
    ),
  },
  {
    id: 'mistakes',
    title: 'Mistakes, history and the trash',
    body: (
      <Text>
        Every change is kept in a record’s <b>History</b> tab, where a change can be reverted. A deleted record waits in
        the {to('/trash', 'Trash')} and comes back with its links. When a colleague saved the same record while you were
        editing, Liaison shows both versions side by side: keep yours or take theirs.
      </Text>
    ),
  },
  {
    id: 'faq',
    title: 'Frequently asked questions',
    body: (
      <List spacing="xs">
        <List.Item>
          <b>Why can’t I edit anything?</b> Your role is Viewer. Ask an admin to make you an Editor.
        </List.Item>
        <List.Item>
          <b>How do I change my name or say what I know about?</b> In {to('/settings', 'My settings')}: your display
          name and expertise; colleagues find you by expertise.
        </List.Item>
        <List.Item>
          <b>How do I use the API from a script?</b> Make an API token in {to('/settings', 'My settings')} (read only
          unless the script must change data, with an expiry), then send it as <Code>Authorization: Bearer lsn_…</Code>{' '}
          to <Code>/graphql</Code>. Revoke it when the script is retired.
        </List.Item>
        <List.Item>
          <b>Can I use Liaison in the dark?</b> Yes: choose Light, Dark or Auto (your system’s choice) in{' '}
          {to('/settings', 'My settings')}.
        </List.Item>
        <List.Item>
          <b>Who sees what I record?</b> Everyone who signs in sees organizations, contacts, projects and needs.
          Activities and documents are seen by everyone, your team or only you, as you choose.
        </List.Item>
      </List>
    ),
  },
];
