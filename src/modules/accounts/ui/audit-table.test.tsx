import { describe, expect, it } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import { AuditTable, type AuditRow } from './audit-table';

const ana = '0b6f1c1e-8a51-4f4e-9d0c-6d1f6b2a9e01';
const bruno = '5d3c2b1a-7e6f-4a5b-8c9d-0e1f2a3b4c5d';
const gone = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';

const row = (over: Partial<AuditRow>): AuditRow => ({
  id: 1,
  occurredAt: new Date('2026-11-20T10:00:00Z'),
  action: 'impersonation.start',
  targetId: null,
  details: {},
  actorId: ana,
  actorName: 'Ana Souza',
  actorEmail: 'ana@agency.test',
  subjectId: bruno,
  subjectName: null,
  subjectEmail: 'bruno@bakery.test',
  ...over,
});

describe('AuditTable (the admin’s recent activity)', () => {
  it('names people — display name with the email, or the email — never their UUID', () => {
    const html = renderIntl(
      <AuditTable
        rows={[
          row({ id: 1 }),
          row({ id: 2, action: 'user_profiles.update', actorId: null, actorName: null, actorEmail: null }),
          row({ id: 3, action: 'project.delete', actorId: gone, actorName: null, actorEmail: null, subjectId: null, subjectEmail: null }),
        ]}
      />,
    );
    expect(html).toContain('Ana Souza');
    expect(html).toContain('ana@agency.test');
    expect(html).toContain('bruno@bakery.test');
    expect(html).toContain('System');
    expect(html).toContain('Deleted account');
    for (const id of [ana, bruno, gone]) expect(html).not.toContain(id);
  });

  it('in Portuguese too', () => {
    const html = renderIntl(
      <AuditTable rows={[row({ actorId: null, actorName: null, actorEmail: null, subjectId: gone, subjectEmail: null })]} />,
      'pt-BR',
    );
    expect(html).toContain('Sistema');
    expect(html).toContain('Conta excluída');
  });
});
