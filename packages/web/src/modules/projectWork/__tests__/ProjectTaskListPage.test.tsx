import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { renderWithProviders, EDITOR_SESSION } from '../../../test/renderWithProviders';
import { ReportTable } from '../../report/components/ReportTable';
import type { ReportResult } from '../../report/components/ReportView';
import { ProjectTaskListQuery } from '../pages/ProjectTaskListPage';
import { projectWorkRoutes } from '../projectWorkRoutes';

const VIEWER = { ...EDITOR_SESSION, user: { ...EDITOR_SESSION.user, role: 'VIEWER' as const }, canEdit: false };
const DRILL = { assigneeIds: ['user-2'], open: true };
const yesterday = dayjs().subtract(1, 'day').format('YYYY-MM-DD');
const nextWeek = dayjs().add(7, 'day').format('YYYY-MM-DD');

const task = (id: string, title: string, dueDate: string | null, status = 'OPEN') => ({
  __typename: 'ProjectTask',
  id,
  title,
  status,
  dueDate,
  project: { __typename: 'Project', id: 'project-1', name: 'EOSC Future' },
  assignee: { __typename: 'User', id: 'user-2', name: 'Ada Lovelace' },
});

const tasksOf = (variables: object, totalCount: number, nodes: object[]): MockLink.MockedResponse => ({
  request: { query: ProjectTaskListQuery, variables },
  result: { data: { projectTasks: { __typename: 'ProjectTaskConnection', totalCount, nodes } } },
});

/** A report of open tasks per assignee, as the server answers the built-in workload report. */
const workload: ReportResult = {
  __typename: 'Report',
  kind: 'PROJECT_TASK',
  list: 'projectTasks',
  truncated: false,
  dimensions: [{ __typename: 'ReportDimension', field: 'assignee', label: 'Assignee', type: 'user', bucket: null }],
  measures: [{ __typename: 'ReportMeasure', label: 'Count' }],
  rows: [
    {
      __typename: 'ReportRow',
      keys: ['user-2'],
      labels: ['Ada Lovelace'],
      values: [2],
      previous: null,
      filter: DRILL,
      previousFilter: null,
    },
  ],
  pivot: null,
};

/** The report at /reports and the app's task routes, as the router has them. */
const app = (
  <Suspense fallback={<p>Loading</p>}>
    <Routes>
      <Route path="/reports" element={<ReportTable report={workload} />} />
      {projectWorkRoutes.map((route) => (
        <Route key={route.path} path={`/${route.path}`} element={route.element} />
      ))}
    </Routes>
  </Suspense>
);

describe('ProjectTaskListPage', () => {
  it('opens from a cell of a task report with exactly the tasks it counts, overdue ones marked', async () => {
    const { user } = renderWithProviders(app, {
      route: '/reports',
      session: VIEWER,
      mocks: [
        tasksOf({ filter: DRILL, first: 25 }, 2, [
          task('task-1', 'Write the training plan', yesterday),
          task('task-2', 'Book the room', nextWeek, 'IN_PROGRESS'),
        ]),
      ],
    });
    const cell = screen.getByRole('link', { name: '2' });
    expect(cell.getAttribute('href')).toBe(`/project-tasks?${new URLSearchParams({ drill: JSON.stringify(DRILL) })}`);
    await user.click(cell);

    const table = await screen.findByRole('table', { name: 'Project tasks' });
    expect(await within(table).findByRole('link', { name: 'Write the training plan' })).toHaveAttribute(
      'href',
      '/projects/project-1',
    );
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Overdue')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Ada Lovelace')).toBeInTheDocument();
    expect(within(rows[0]!).getByRole('link', { name: 'EOSC Future' })).toHaveAttribute('href', '/projects/project-1');
    expect(within(rows[1]!).getByText('In progress')).toBeInTheDocument();
    expect(within(rows[1]!).queryByText('Overdue')).not.toBeInTheDocument();
    expect(screen.getByText('The records of a report cell')).toBeInTheDocument();
  });

  it('pages through every task, and drops the drill-down on "Show all"', async () => {
    const { user } = renderWithProviders(app, {
      route: `/project-tasks?size=10&drill=${encodeURIComponent(JSON.stringify(DRILL))}`,
      mocks: [
        tasksOf({ filter: DRILL, first: 10 }, 12, [task('task-1', 'First page', null)]),
        tasksOf({ filter: DRILL, first: 10, after: btoa('p:9') }, 12, [task('task-11', 'Second page', null)]),
        tasksOf({ filter: {}, first: 10, after: undefined }, 30, [task('task-9', 'Any task', null)]),
      ],
    });
    await screen.findByRole('link', { name: 'First page' });
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Second page' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(await screen.findByRole('link', { name: 'Any task' })).toBeInTheDocument();
    expect(screen.queryByText('The records of a report cell')).not.toBeInTheDocument();
  });
});
