import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser } from '../../../test/factories';
import { failure, ok, startTestServer, type TestServer } from '../../../test/server';
import { auditApi, historyOf, type HistoryEntry } from './audit.factories';

const REVERT = `mutation($input: RevertChangeInput!) {
  revertChange(input: $input) { id action recordType recordId diff actor { name } revertsChange { id action } }
}`;

describe('revertChange over /graphql', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let editor: string;
  let other: string;
  let viewer: string;
  let api: ReturnType<typeof auditApi>;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    editor = (await createUser(db.dataSource, { role: 'editor', name: 'Eda Editor' })).token;
    other = (await createUser(db.dataSource, { role: 'editor', name: 'Otto Other' })).token;
    viewer = (await createUser(db.dataSource, { role: 'viewer' })).token;
    api = auditApi(url, editor);
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const revert = (changeId: string, token = editor) =>
    ok<{ revertChange: HistoryEntry & { recordId: string; revertsChange: { id: string; action: string } } }>(
      url,
      token,
      REVERT,
      { input: { changeId } },
    ).then((data) => data.revertChange);
  const refused = (changeId: string, token = editor) => failure(url, token, REVERT, { input: { changeId } });
  const last = async (id: string, action: string) =>
    (await historyOf(url, editor, id)).find((change) => change.action === action)!;
  const row = async (table: string, id: string) =>
    (await db.dataSource.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const changeCount = async () => (await db.dataSource.query(`SELECT count(*)::int AS n FROM changes`))[0].n as number;

  it('should set updated fields back, as a REVERT change pointing at the update', async () => {
    const org = await api.organization({ name: 'CNR', city: 'Rome' });
    await api.update('Organization', { id: org.id, version: 1, name: 'CNRS', city: 'Paris', country: 'FR' });
    const update = await last(org.id, 'UPDATE');

    const reverted = await revert(update.id);
    expect(reverted).toMatchObject({
      action: 'REVERT',
      recordType: 'Organization',
      recordId: org.id,
      actor: { name: 'Eda Editor' },
      revertsChange: { id: update.id, action: 'UPDATE' },
      diff: {
        name: { before: 'CNRS', after: 'CNR' },
        city: { before: 'Paris', after: 'Rome' },
        country: { before: 'FR', after: null },
      },
    });
    expect(await row('organizations', org.id)).toMatchObject({ name: 'CNR', city: 'Rome', country: null, version: 3 });
    expect((await last(org.id, 'UPDATE')).revertedBy).toEqual({ id: reverted.id });
  });

  it('should refuse with CONFLICT, naming the fields, when they changed since; and write nothing', async () => {
    const org = await api.organization({ name: 'INFN' });
    await api.update('Organization', { id: org.id, version: 1, city: 'Bologna', acronym: 'INFN' });
    const first = await last(org.id, 'UPDATE');
    await api.update('Organization', { id: org.id, version: 2, city: 'Frascati' });
    const before = await changeCount();

    const error = await refused(first.id);
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(/city/);
    expect(error.message).not.toMatch(/acronym/);
    expect(error.extensions.fields).toEqual(['city']);
    expect(await row('organizations', org.id)).toMatchObject({ city: 'Frascati', acronym: 'INFN', version: 3 });
    expect(await changeCount()).toBe(before);
  });

  it('should refuse with CONFLICT when the old values would now break a unique rule', async () => {
    const tag = await api.tag('Alpha');
    await ok(url, editor, `mutation($input: UpdateTagInput!) { updateTag(input: $input) { id } }`, {
      input: { id: tag.id, version: tag.version, label: 'Beta' },
    });
    await api.tag('alpha');
    const error = await refused((await last(tag.id, 'UPDATE')).id);
    expect(error.code).toBe('CONFLICT');
    expect(await row('tags', tag.id)).toMatchObject({ label: 'Beta' });
  });

  it('should refuse a revert that would make an organization a part of itself', async () => {
    const parent = await api.organization({ name: 'EGI Foundation' });
    const child = await api.organization({ name: 'EGI Council', parentId: parent.id });
    await api.update('Organization', { id: child.id, version: 1, parentId: null });
    const detached = await last(child.id, 'UPDATE');
    await api.update('Organization', { id: parent.id, version: 1, parentId: child.id });

    const before = await changeCount();
    const error = await refused(detached.id);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe('parentId would make the organization a part of itself');
    expect((await row('organizations', child.id)).parent_id).toBeNull();
    expect(await changeCount()).toBe(before);
  });

  it('should refuse to revert the same change twice with CONFLICT', async () => {
    const org = await api.organization({ name: 'DESY' });
    await api.update('Organization', { id: org.id, version: 1, city: 'Hamburg' });
    const update = await last(org.id, 'UPDATE');
    await revert(update.id);
    expect((await refused(update.id)).code).toBe('CONFLICT');
  });

  it('should trash a created record, and restore or trash again on reverting a delete or a restore', async () => {
    const org = await api.organization({ name: 'Short-lived' });
    const create = await last(org.id, 'CREATE');
    const undone = await revert(create.id);
    expect(undone.diff.deletedAt.before).toBeNull();
    expect((await row('organizations', org.id)).deleted_at).not.toBeNull();
    expect((await refused(create.id)).code).toBe('CONFLICT');

    await api.restore('Organization', org.id);
    await revert((await last(org.id, 'RESTORE')).id);
    expect((await row('organizations', org.id)).deleted_at).not.toBeNull();

    const kept = await api.organization({ name: 'Deleted by mistake' });
    await api.remove('Organization', kept.id);
    await revert((await last(kept.id, 'DELETE')).id);
    expect((await row('organizations', kept.id)).deleted_at).toBeNull();

    const again = await api.organization({ name: 'Deleted twice' });
    await api.remove('Organization', again.id);
    const deletion = await last(again.id, 'DELETE');
    await api.restore('Organization', again.id);
    const conflict = await refused(deletion.id);
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.message).toMatch(/not in the trash/);
  });

  it('should remove a link on reverting its link change, on both ends, once', async () => {
    const org = await api.organization({ name: 'CERN' });
    const contact = await api.contact({ lastName: 'Berners-Lee' });
    const affiliation = await api.affiliate({ contactId: contact.id, organizationId: org.id, role: 'Fellow' });
    const onOrganization = await last(org.id, 'LINK');
    const onContact = await last(contact.id, 'LINK');

    const reverted = await revert(onOrganization.id);
    expect(reverted.diff.affiliation).toMatchObject({ before: { id: affiliation.id, role: 'Fellow' }, after: null });
    expect(await row('affiliations', affiliation.id)).toBeUndefined();
    const contactRevert = await last(contact.id, 'REVERT');
    expect(contactRevert.revertsChange).toEqual({ id: onContact.id });
    const twin = await refused(onContact.id);
    expect(twin.code).toBe('CONFLICT');
    expect(twin.message).toMatch(/reverted already/);
  });

  it('should make an unlinked link again, with its attributes', async () => {
    const org = await api.organization({ name: 'EMBL' });
    const contact = await api.contact({ lastName: 'Franklin' });
    const affiliation = await api.affiliate({
      contactId: contact.id,
      organizationId: org.id,
      role: 'Head',
      primary: true,
      since: '2020-01-01',
    });
    await ok(url, editor, `mutation($input: RemoveAffiliationInput!) { removeAffiliation(input: $input) { id } }`, {
      input: { id: affiliation.id },
    });
    await revert((await last(contact.id, 'UNLINK')).id);
    const back = await db.dataSource.query(
      `SELECT id, role, is_primary, since::text AS since FROM affiliations WHERE contact_id = $1`,
      [contact.id],
    );
    expect(back).toEqual([{ id: affiliation.id, role: 'Head', is_primary: true, since: '2020-01-01' }]);
    expect((await last(org.id, 'REVERT')).diff.affiliation.after).toMatchObject({
      organizationId: org.id,
      role: 'Head',
    });
  });

  it('should refuse with CONFLICT to remove a link that is gone already or to make one that exists again', async () => {
    const org = await api.organization({ name: 'ESO' });
    const contact = await api.contact({ lastName: 'Hubble' });
    const affiliation = await api.affiliate({ contactId: contact.id, organizationId: org.id });
    const link = await last(org.id, 'LINK');
    const REMOVE = `mutation($input: RemoveAffiliationInput!) { removeAffiliation(input: $input) { id } }`;
    await ok(url, editor, REMOVE, { input: { id: affiliation.id } });
    expect((await refused(link.id)).code).toBe('CONFLICT');

    const unlink = await last(org.id, 'UNLINK');
    await api.affiliate({ contactId: contact.id, organizationId: org.id });
    expect((await refused(unlink.id)).code).toBe('CONFLICT');
    expect(
      await db.dataSource.query(`SELECT count(*)::int AS n FROM affiliations WHERE contact_id = $1`, [contact.id]),
    ).toEqual([{ n: 1 }]);
  });

  it("should set a link's attributes back on reverting their update", async () => {
    const org = await api.organization({ name: 'PSI' });
    const contact = await api.contact({ lastName: 'Meitner' });
    const affiliation = await api.affiliate({ contactId: contact.id, organizationId: org.id, role: 'Researcher' });
    await ok(url, editor, `mutation($input: UpdateAffiliationInput!) { updateAffiliation(input: $input) { id } }`, {
      input: { id: affiliation.id, version: affiliation.version, role: 'Group leader', until: '2030-12-31' },
    });
    await revert((await last(contact.id, 'UPDATE')).id);
    expect(await row('affiliations', affiliation.id)).toMatchObject({ role: 'Researcher', until: null, version: 3 });
  });

  it('should take a tag off again on reverting the tagging', async () => {
    const org = await api.organization({ name: 'Tagged' });
    const tag = await api.tag('Sponsor');
    await api.tagRecords({ tagId: tag.id, organizationIds: [org.id] });
    await revert((await last(org.id, 'LINK')).id);
    expect(await db.dataSource.query(`SELECT id FROM taggings WHERE organization_id = $1`, [org.id])).toEqual([]);
    expect((await last(tag.id, 'REVERT')).recordType).toBe('Tag');
  });

  it('should make an activity concern and a document attachment again after they were removed', async () => {
    const org = await api.organization({ name: 'Concerned' });
    const activity = await api.activity({ subject: 'Kick-off' });
    const document = await api.document({ title: 'Slides' });
    const { linkActivity } = await ok<{ linkActivity: { id: string } }>(
      url,
      editor,
      `mutation($input: LinkActivityInput!) { linkActivity(input: $input) { id } }`,
      { input: { activityId: activity.id, organizationId: org.id } },
    );
    await ok(url, editor, `mutation($input: UnlinkActivityInput!) { unlinkActivity(input: $input) { id } }`, {
      input: { id: linkActivity.id },
    });
    const { attachDocument } = await ok<{ attachDocument: { id: string } }>(
      url,
      editor,
      `mutation($input: AttachDocumentInput!) { attachDocument(input: $input) { id } }`,
      { input: { documentId: document.id, organizationId: org.id } },
    );
    await ok(url, editor, `mutation($input: DetachDocumentInput!) { detachDocument(input: $input) { id } }`, {
      input: { id: attachDocument.id },
    });
    const unlinks = (await historyOf(url, editor, org.id)).filter((change) => change.action === 'UNLINK');
    expect(unlinks).toHaveLength(2);
    for (const unlink of unlinks) await revert(unlink.id);
    expect(await row('activity_links', linkActivity.id)).toMatchObject({
      activity_id: activity.id,
      organization_id: org.id,
    });
    expect(await row('document_links', attachDocument.id)).toMatchObject({
      document_id: document.id,
      organization_id: org.id,
    });
    expect((await historyOf(url, editor, activity.id)).map((change) => change.action)).toContain('REVERT');
    expect((await historyOf(url, editor, document.id)).map((change) => change.action)).toContain('REVERT');
  });

  it('should refuse viewers and changes of hidden activities', async () => {
    const org = await api.organization({ name: 'Guarded' });
    await api.update('Organization', { id: org.id, version: 1, city: 'Geneva' });
    const update = await last(org.id, 'UPDATE');
    expect((await refused(update.id, viewer)).code).toBe('FORBIDDEN');

    const activity = await api.activity({
      subject: 'Private call',
      visibility: 'PRIVATE',
      concerns: { organizationIds: [org.id] },
    });
    const create = await last(activity.id, 'CREATE');
    expect((await refused(create.id, other)).code).toBe('NOT_FOUND');
    expect((await row('activities', activity.id)).deleted_at).toBeNull();
  });

  it('should undo a revert of fields in turn, once, and refuse it when the fields changed since', async () => {
    const org = await api.organization({ name: 'Twice' });
    await api.update('Organization', { id: org.id, version: 1, city: 'Geneva' });
    const undone = await revert((await last(org.id, 'UPDATE')).id);
    expect((await row('organizations', org.id)).city).toBeNull();
    const redone = await revert(undone.id);
    expect(redone).toMatchObject({ action: 'REVERT', revertsChange: { id: undone.id, action: 'REVERT' } });
    expect(redone.diff).toEqual({ city: { before: null, after: 'Geneva' } });
    expect((await row('organizations', org.id)).city).toBe('Geneva');
    expect((await refused(undone.id)).code).toBe('CONFLICT');
    expect((await refused(redone.id, viewer)).code).toBe('FORBIDDEN');

    const again = await revert(redone.id);
    expect((await row('organizations', org.id)).city).toBeNull();
    await api.update('Organization', {
      id: org.id,
      version: (await row('organizations', org.id)).version,
      city: 'Bern',
    });
    expect((await refused(again.id)).code).toBe('CONFLICT');
  });

  it('should undo a revert of a link and of a trashing in turn, on both ends of the link', async () => {
    const org = await api.organization({ name: 'Linked twice' });
    const contact = await api.contact({ lastName: 'Twice' });
    await api.affiliate({ contactId: contact.id, organizationId: org.id, role: 'Fellow' });
    const unlinked = await revert((await last(org.id, 'LINK')).id);
    expect(await db.dataSource.query(`SELECT 1 FROM affiliations WHERE contact_id = $1`, [contact.id])).toHaveLength(0);
    await revert(unlinked.id);
    const links = await db.dataSource.query(`SELECT role FROM affiliations WHERE contact_id = $1`, [contact.id]);
    expect(links).toEqual([{ role: 'Fellow' }]);
    const contactReverts = (await historyOf(url, editor, contact.id)).filter((change) => change.action === 'REVERT');
    expect(contactReverts).toHaveLength(2);

    await api.remove('Organization', org.id);
    const restored = await revert((await last(org.id, 'DELETE')).id);
    expect((await row('organizations', org.id)).deleted_at).toBeNull();
    await revert(restored.id);
    expect((await row('organizations', org.id)).deleted_at).not.toBeNull();
  });
});
