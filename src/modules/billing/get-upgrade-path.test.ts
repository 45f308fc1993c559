import { describe, expect, it } from 'vitest';
import { getUpgradeMode, parseUpgradeLimit, UPGRADE_LIMITS, upgradePathFor } from './get-upgrade-path';
import type Stripe from 'stripe';

// Issue 34 #1: without payments an upgrade is a request to the agency, never a page with nothing to press.

describe('upgrade path', () => {
  it('asks the agency when payments are not configured, and goes to Checkout when they are', () => {
    expect(getUpgradeMode({ kind: 'not-configured' })).toBe('ask-agency');
    expect(getUpgradeMode({ kind: 'stripe', stripe: {} as Stripe, webhookSecret: undefined })).toBe('checkout');
  });

  it('opens the ticket form prefilled with the limit (and the plan asked for), or the Billing page', () => {
    expect(upgradePathFor('ask-agency', 'team_members')).toEqual({
      mode: 'ask-agency',
      href: '/dashboard/tickets?upgrade=team_members#new-ticket',
    });
    expect(upgradePathFor('ask-agency', 'plan', 'pro').href).toBe('/dashboard/tickets?upgrade=plan&tier=pro#new-ticket');
    expect(upgradePathFor('checkout', 'projects')).toEqual({ mode: 'checkout', href: '/dashboard/billing' });
  });

  it('reads the limits the database names in its tier-limit errors, and nothing else', () => {
    for (const resource of ['projects', 'domains', 'storage', 'file_size', 'team_members', 'tickets', 'generations', 'ai_tokens']) {
      expect(parseUpgradeLimit(resource), resource).toBe(resource);
    }
    expect(UPGRADE_LIMITS).toContain('performance_pages');
    expect(parseUpgradeLimit('subscription')).toBeNull();
    expect(parseUpgradeLimit(['projects'])).toBeNull();
    expect(parseUpgradeLimit(undefined)).toBeNull();
  });
});
