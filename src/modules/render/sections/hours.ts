import { renderHead, renderText, type SectionRenderer } from './section-kit';
import { sampleBadge } from './sample-badge';

export const hoursRenderer: SectionRenderer<'hours'> = {
  render(section, ctx, levels) {
    // <dt> days, <dd> times: a definition list reads well to screen readers and needs no table markup.
    const rows = section.rows
      .map(
        (row) =>
          `<div${row.isSample ? ' class="smp"' : ''}><dt>${ctx.text(row.daysKey)}</dt><dd>${ctx.text(row.timesKey)}${row.isSample ? sampleBadge(ctx) : ''}</dd></div>`,
      )
      .join('');
    return `<div class="hours-in">${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}<dl class="hours">${rows}</dl>${renderText(ctx, 'p', section.noteKey, 'muted')}</div>`;
  },
  css: `
.hours-in{max-width:40rem;margin-inline:auto}
.hours{display:grid;margin:0;border-top:1px solid var(--bd)}
.hours div{display:flex;justify-content:space-between;gap:1rem;padding:.8rem 0;border-bottom:1px solid var(--bd)}
.hours dt{font-weight:600}
.hours dd{margin:0;color:var(--mu);text-align:right}
.s-hours.v-card .hours-in{background:var(--sf);border:var(--bw) solid var(--bd);border-radius:var(--r);padding:clamp(1.5rem,4vw,2.5rem)}
`,
};
