import { claimValues, profileFromClaims } from './claims';

const base = { iss: 'https://idp.example.org', sub: 'u-1' };
const NO_RULES = { adminEmails: [] };

describe('profileFromClaims', () => {
  it('should read the name, the email and leave role and teams to admins when no claim is configured', () => {
    expect(
      profileFromClaims({ ...base, name: ' Marie Curie ', email: 'marie@example.org', groups: ['x'] }, NO_RULES),
    ).toEqual({
      issuer: 'https://idp.example.org',
      subject: 'u-1',
      email: 'marie@example.org',
      emailVerified: true,
      name: 'Marie Curie',
      role: undefined,
      teamCodes: undefined,
    });
  });

  it('should fall back from name to given and family names, the username, the email, the subject', () => {
    expect(profileFromClaims({ ...base, given_name: 'Marie', family_name: 'Curie' }, NO_RULES).name).toBe(
      'Marie Curie',
    );
    expect(profileFromClaims({ ...base, preferred_username: 'mcurie' }, NO_RULES).name).toBe('mcurie');
    expect(profileFromClaims({ ...base, email: 'm@example.org' }, NO_RULES).name).toBe('m@example.org');
    expect(profileFromClaims(base, NO_RULES).name).toBe('u-1');
  });

  it('should drop an email that is not one', () => {
    expect(profileFromClaims({ ...base, email: 'not an email' }, NO_RULES).email).toBeNull();
  });

  it('should make a verified email of ADMIN_EMAILS admin, whatever its case, but not an unverified one', () => {
    const rules = { adminEmails: ['boss@example.org'], roleClaim: 'roles' };
    expect(profileFromClaims({ ...base, email: 'Boss@Example.org', roles: 'viewer' }, rules).role).toBe('admin');
    expect(profileFromClaims({ ...base, email: 'boss@example.org', email_verified: false }, rules).role).toBe('viewer');
    expect(
      profileFromClaims(
        { ...base, email: 'boss@example.org', email_verified: false },
        { adminEmails: rules.adminEmails },
      ).role,
    ).toBeUndefined();
  });

  it('should take the best role of the role claim, by name or through the map', () => {
    expect(
      profileFromClaims({ ...base, roles: ['Viewer', 'EDITOR', 'other'] }, { adminEmails: [], roleClaim: 'roles' })
        .role,
    ).toBe('editor');
    expect(profileFromClaims({ ...base }, { adminEmails: [], roleClaim: 'roles' }).role).toBe('viewer');
    const mapped = {
      adminEmails: [],
      roleClaim: 'eduperson_entitlement',
      roleMap: {
        'urn:mace:egi.eu:group:liaison:role=manager#aai.egi.eu': 'admin' as const,
        'urn:x:staff': 'editor' as const,
      },
    };
    expect(
      profileFromClaims(
        { ...base, eduperson_entitlement: ['urn:x:staff', 'urn:mace:egi.eu:group:liaison:role=manager#aai.egi.eu'] },
        mapped,
      ).role,
    ).toBe('admin');
    expect(profileFromClaims({ ...base, eduperson_entitlement: ['admin'] }, mapped).role).toBe('viewer');
  });

  it('should read teams from the team claim, through the pattern when there is one', () => {
    expect(
      profileFromClaims({ ...base, groups: ['NGI_IT', 'ngi_it', 'NGI_FR'] }, { adminEmails: [], teamClaim: 'groups' })
        .teamCodes,
    ).toEqual(['ngi_it', 'ngi_fr']);
    const rules = { adminEmails: [], teamClaim: 'entitlements', teamPattern: '^urn:egi:group:([A-Z_]+):role=member$' };
    expect(
      profileFromClaims(
        { ...base, entitlements: ['urn:egi:group:NGI_DE:role=member', 'urn:egi:group:NGI_PL:role=owner', 'x'] },
        rules,
      ).teamCodes,
    ).toEqual(['ngi_de']);
    expect(profileFromClaims(base, rules).teamCodes).toEqual([]);
  });
});

describe('claimValues', () => {
  it('should read a claim by name, then by dotted path, as strings', () => {
    expect(claimValues({ 'https://example.org/roles': ['a'] }, 'https://example.org/roles')).toEqual(['a']);
    expect(claimValues({ realm_access: { roles: ['editor', 3, null] } }, 'realm_access.roles')).toEqual(['editor']);
    expect(claimValues({ role: 'admin' }, 'role')).toEqual(['admin']);
    expect(claimValues({}, 'a.b.c')).toEqual([]);
  });
});
