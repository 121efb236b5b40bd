// Enhances the build-time charts: data points become keyboard-focusable, and a tooltip shows a point's value,
// year, breakdown and source on focus or hover; Escape hides it. Without this script the SVG's <title>
// elements carry the same text, so nothing depends on it.

function enhance(figure: HTMLElement) {
  const canvas = figure.querySelector<HTMLElement>('.chart-canvas');
  const svg = canvas?.querySelector('svg');
  if (!canvas || !svg || figure.hasAttribute('data-enhanced')) return;
  figure.setAttribute('data-enhanced', '');
  // role="img" makes its children presentational; points that take focus need a group around them.
  svg.setAttribute('role', 'group');

  const tip = document.createElement('div');
  tip.className = 'chart-tooltip';
  tip.hidden = true;
  // The focused point's own label says the same; screen readers should not hear it twice.
  tip.setAttribute('aria-hidden', 'true');
  canvas.append(tip);

  let active: SVGGElement | undefined;
  const hide = () => {
    tip.hidden = true;
    active?.classList.remove('is-active');
    active = undefined;
  };
  const show = (mark: SVGGElement) => {
    if (mark === active) return;
    hide();
    active = mark;
    mark.classList.add('is-active');
    tip.replaceChildren(...(mark.dataset.tip ?? '').split('\n').map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    }));
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const area = canvas.getBoundingClientRect();
    const left = Math.max(0, Math.min(box.left - area.left + box.width / 2 - tip.offsetWidth / 2, area.width - tip.offsetWidth));
    const above = box.top - area.top - tip.offsetHeight - 8;
    tip.style.left = `${left}px`;
    tip.style.top = `${above >= 0 ? above : box.bottom - area.top + 8}px`;
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('.chart-mark') : null);

  for (const mark of svg.querySelectorAll<SVGGElement>('.chart-mark')) {
    const title = mark.querySelector('title');
    const text = title?.textContent ?? '';
    // The tooltip replaces the browser's own title tooltip, which would otherwise show as well.
    title?.remove();
    mark.dataset.tip = text;
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', text.replace(/\n/g, '. '));
  }

  svg.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  svg.addEventListener('focusout', hide);
  svg.addEventListener('pointerover', (e) => {
    const mark = markOf(e.target);
    if (mark) show(mark);
  });
  // The pointer may move from a point onto its tooltip without it vanishing (WCAG 1.4.13).
  svg.addEventListener('pointerout', (e) => {
    if (markOf(e.target) !== markOf(e.relatedTarget) && e.relatedTarget !== tip && !tip.contains(e.relatedTarget as Node)) hide();
  });
  tip.addEventListener('pointerleave', (e) => {
    if (!markOf(e.relatedTarget)) hide();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-chart]')) enhance(figure);
