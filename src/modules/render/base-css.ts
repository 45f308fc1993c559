// Styles every page needs (reset, type scale, layout, header, footer, buttons, cards).
// Mobile-first: the base is the narrow layout, media queries only add columns.
// Theme values arrive as custom properties (see render-css.ts); nothing here comes from a document.

export const baseCss = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
body{margin:0;background:var(--bg);color:var(--tx);font:1.0625rem/1.65 var(--fb);-webkit-font-smoothing:antialiased;overflow-wrap:break-word}
img,svg,picture{display:block;max-width:100%;height:auto}
h1,h2,h3{font-family:var(--fh);font-weight:var(--hw);line-height:1.15;letter-spacing:var(--ls);margin:0 0 .6em;text-wrap:balance}
h1{font-size:clamp(2.3rem,4.5vw + 1rem,4rem)}
h2{font-size:clamp(1.75rem,2.2vw + 1rem,2.6rem)}
h3{font-size:1.25rem}
p{margin:0 0 1em}
a{color:var(--ln);text-underline-offset:.18em}
:focus-visible{outline:3px solid var(--fr,var(--ln));outline-offset:3px}
.wrap{width:min(100% - 2.5rem,72rem);margin-inline:auto}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.skip{position:absolute;left:1rem;top:-5rem;z-index:9;padding:.75rem 1rem;background:var(--sf);color:var(--tx);border-radius:var(--r)}
.skip:focus{top:1rem}
.hd{position:relative;border-bottom:1px solid var(--bd)}
.hd-in{display:flex;align-items:center;gap:.25rem 1.5rem;padding-block:.75rem}
.brand{display:flex;align-items:center;gap:.6rem;min-width:0;margin-right:auto;padding-block:.5rem;color:var(--tx);font:700 1.3rem/1.2 var(--fh);letter-spacing:var(--ls);text-decoration:none}
.brand img{width:auto;height:2.25rem}
.hd ul,.ft ul{display:flex;flex-wrap:wrap;gap:0 1.25rem;list-style:none;margin:0;padding:0}
.hd a:not(.brand){display:inline-block;padding-block:.6rem;color:var(--tx);text-decoration:none;font-weight:500}
.hd a:not(.brand):hover,.hd a[aria-current="page"]{color:var(--ln);text-decoration:underline}
.lang a{font-size:.9rem}
.lang a[aria-current="true"]{font-weight:700}
/* Links inline where the row fits them (the media query render-header.ts writes), else the menu button. */
.hd-links{display:none;flex-wrap:wrap;align-items:center;gap:.25rem 1.5rem}
.hd-menu>summary{display:flex;align-items:center;gap:.6rem;min-height:2.75rem;padding:.5rem .9rem;border:1px solid var(--bd);border-radius:var(--rb);color:var(--tx);font-weight:600;cursor:pointer;list-style:none;user-select:none}
.hd-menu>summary::-webkit-details-marker{display:none}
.hd-menu>summary:hover{border-color:var(--ln)}
.hd-ic{position:relative;width:1.125rem;height:.875rem}
.hd-ic::before,.hd-ic::after{content:"";position:absolute;left:0;right:0;height:2px;border-radius:1px;background:currentColor}
.hd-ic::before{top:0;box-shadow:0 6px currentColor}
.hd-ic::after{bottom:0}
.hd-menu[open] .hd-ic::before{top:6px;box-shadow:none;transform:rotate(45deg)}
.hd-menu[open] .hd-ic::after{bottom:6px;transform:rotate(-45deg)}
.hd-panel{position:absolute;z-index:10;top:100%;left:0;right:0;padding:.5rem max(1.25rem,50% - 36rem) 1.25rem;border-bottom:1px solid var(--bd);background:var(--bg);box-shadow:0 18px 30px -18px rgb(0 0 0/.35)}
.hd-panel .nav ul{flex-direction:column}
.hd-panel .nav a{display:block;padding-block:.8rem;border-bottom:1px solid var(--bd);font-size:1.125rem}
.hd-panel .lang{margin-top:.75rem}
.hd-panel .lang a{padding-block:.75rem}
.sec{padding-block:var(--sp)}
.alt{background:var(--sf)}
.head{max-width:42rem;margin-bottom:2.5rem}
.lead{font-size:1.15rem;color:var(--mu)}
.muted{color:var(--mu)}
.eyebrow{margin-bottom:1rem;color:var(--ln);font-size:.82rem;font-weight:700;letter-spacing:.12em;text-transform:uppercase}
.prose{max-width:42rem}
.btns{display:flex;flex-wrap:wrap;gap:.75rem;margin:1.75rem 0 0}
.btn{display:inline-flex;align-items:center;justify-content:center;min-height:2.9rem;padding:.7rem 1.5rem;border:2px solid var(--pr);border-radius:var(--rb);background:var(--pr);color:var(--pt);font:inherit;font-weight:650;text-decoration:none;cursor:pointer;transition:transform .15s,box-shadow .15s}
.btn:hover{transform:translateY(-1px);box-shadow:var(--sh)}
.btn-2{background:none;color:var(--ln);border-color:currentColor}
.grid{display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr));list-style:none;margin:0;padding:0}
.card{padding:1.5rem;border:var(--bw) solid var(--bd);border-radius:var(--r);background:var(--sf);box-shadow:var(--sh)}
.alt .card{background:var(--bg)}
.card>:last-child{margin-bottom:0}
.card h2,.card h3{font-size:1.3rem}
.ft{padding-block:3rem;border-top:1px solid var(--bd);color:var(--mu);font-size:.95rem}
.ft-in{display:grid;gap:1.25rem}
.ft a{display:inline-block;padding-block:.35rem;color:var(--tx)}
.ft-name{margin:0;color:var(--tx);font:700 1.15rem var(--fh)}
.copy{margin:0}
@media (min-width:48rem){.ft.v-columns .ft-in{grid-template-columns:2fr 1fr 1fr}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{transition:none!important;animation:none!important}}
.smp-b{display:inline-block;font:600 .7rem/1.4 var(--fb);letter-spacing:.04em;text-transform:uppercase;padding:.05rem .45rem;border-radius:999px;background:var(--ac);color:#000;vertical-align:middle}
.ph-add{display:flex;align-items:center;justify-content:center;width:100%;min-height:6rem;aspect-ratio:4/3;padding:.75rem;border:2px dashed var(--bd);border-radius:var(--r);background:none;box-shadow:none;color:var(--mu);font:600 .9rem/1.3 var(--fb);text-align:center}
.gal .ph-add{aspect-ratio:1}
.ph-add.photo{min-height:0;border-radius:50%;font-size:.75rem}
.pm-cr{padding-block:1rem;color:var(--mu);font-size:.8rem}
.pm-cr p{margin:0}
.pm-cr a{color:inherit}
`;

/** Article layout, only shipped when the site has blog posts. */
export const postCss = `
.article{max-width:44rem}
.article .meta{color:var(--mu);margin-bottom:2rem}
.article .body p{font-size:1.15rem}
.article .cover{width:100%;border-radius:var(--r);margin-bottom:2rem}
`;
