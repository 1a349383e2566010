/** Wires every "Load more" button: reveal the folded items and move focus to the first of them. */
export function enableLoadMore(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-more]')) {
    button.addEventListener('click', () => {
      const list = document.getElementById(button.dataset.more ?? '');
      if (!list) return;
      list.classList.add('open');
      const first = list.children[6] as HTMLElement | undefined;
      const target = first?.querySelector<HTMLElement>('h3') ?? first;
      if (target) {
        target.tabIndex = -1;
        target.focus();
      }
      button.parentElement?.remove();
    });
  }
}
