import { describe, expect, it } from 'vitest';
import { composeUpgradeRequest } from './compose-upgrade-request';

// "Ask my agency" opens a ticket that already says which plan and which limit (issue 34 #1).

describe('composeUpgradeRequest', () => {
  it('names the plan, the limit and its amount, in English', () => {
    const draft = composeUpgradeRequest({ locale: 'en', tier: 'free', limit: 'team_members', limitAmount: 1 });
    expect(draft.subject).toBe('More team places per site on my Free plan');
    expect(draft.description).toBe(
      'Hello! I use Page Magic on the Free plan. I have reached its limit for team places per site (1). Could you move me to a plan that includes more? Thank you!',
    );
  });

  it('in Brazilian Portuguese, with storage in gigabytes', () => {
    const draft = composeUpgradeRequest({ locale: 'pt-BR', tier: 'basic', limit: 'storage', limitAmount: 5 * 1024 ** 3 });
    expect(draft.subject).toBe('Mais armazenamento no meu plano Básico');
    expect(draft.description).toContain('Cheguei ao limite de armazenamento (5 GB).');
  });

  it('asks for the plan chosen on the Billing page, without a limit sentence', () => {
    const draft = composeUpgradeRequest({ locale: 'en', tier: 'free', limit: 'plan', limitAmount: null, target: 'pro' });
    expect(draft.subject).toBe('Move my plan from Free to Pro');
    expect(draft.description).toBe('Hello! I use Page Magic on the Free plan. Could you move me to the Pro plan? Thank you!');
  });
});
