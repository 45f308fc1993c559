import { renderImage } from '../render-image';
import { renderHead, renderText, type SectionRenderer } from './section-kit';
import { sampleBadge } from './sample-badge';

export const teamRenderer: SectionRenderer<'team'> = {
  render(section, ctx, levels) {
    const members = section.members
      .map((member) => {
        const photo = member.photo ? renderImage(ctx, member.photo, 'photo', 'team') : '';
        return `<li class="card member">${photo}${renderText(ctx, levels.item, member.nameKey)}${renderText(ctx, 'p', member.roleKey, 'role')}${member.isSample ? sampleBadge(ctx) : ''}${renderText(ctx, 'p', member.bioKey, 'muted')}</li>`;
      })
      .join('');
    return `${renderHead(ctx, section.id, levels, section.titleKey, section.introKey)}<ul class="grid" role="list">${members}</ul>`;
  },
  css: `
.member{text-align:center}
.photo{width:7rem;height:7rem;margin:0 auto 1rem;border-radius:50%;object-fit:cover}
.member h2,.member h3{margin-bottom:.2rem}
.role{color:var(--ln);font-weight:600;margin-bottom:.5rem}
`,
};
