import { describe, expect, it } from 'vitest';
import { renderIntl } from '@tests/helpers/render-intl';
import { StudioErrorAlert } from './studio-error-alert';
import type { StudioError } from '../wire';

// The studio's error text for a refused generation: the month's quota says when it resets; a
// limit that is not a quota (a site beyond the plan, a payment past due) says what it is. Seen in
// the issue 33 journey: a read-only site's Generate said "You have reached this month's AI limit".

const resetsOn = new Date('2026-12-01T00:00:00Z');
const alert = (error: StudioError) => renderIntl(<StudioErrorAlert error={error} resetsOn={resetsOn} />);

describe('the studio error alert', () => {
  it('the month’s generations or AI tokens used up: the reset date and the way to upgrade', () => {
    for (const resource of ['generations', 'ai_tokens']) {
      const html = alert({ code: 'TIER_LIMIT', message: 'Your plan’s limit is reached.', details: { resource, limit: 30 } });
      expect(html).toContain('You have reached this month’s AI limit. It resets on');
      expect(html).toContain('href="/dashboard/billing"');
    }
    expect(alert({ code: 'QUOTA_EXCEEDED', message: '' })).toContain('You have reached this month’s AI limit.');
  });

  it('a site beyond the plan or a payment past due: the server’s reason, never a reset date', () => {
    const readOnly = alert({
      code: 'TIER_LIMIT',
      message: 'This site is read-only: your plan includes 1 site and this one is beyond it.',
      details: { resource: 'projects', limit: 1 },
    });
    expect(readOnly).toContain('This site is read-only: your plan includes 1 site and this one is beyond it.');
    expect(readOnly).not.toContain('AI limit');
    expect(readOnly).toContain('href="/dashboard/billing"');
    const pastDue = alert({ code: 'TIER_LIMIT', message: 'Your subscription payment is past due.', details: { resource: 'subscription' } });
    expect(pastDue).toContain('Your subscription payment is past due.');
    expect(pastDue).not.toContain('resets on');
  });
});
