// Enhancement only: shows the "copy" buttons of embed snippets and copies the code to the clipboard,
// announcing the result in the snippet's status line. Without JavaScript the code stays selectable.
export function enhanceEmbedSnippets(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const field = document.getElementById(button.dataset.copy ?? '');
    if (!(field instanceof HTMLTextAreaElement)) continue;
    const status = button.closest('[data-embed-snippet]')?.querySelector('[role="status"]');
    const say = (text: string | undefined) => {
      if (status) status.textContent = text ?? '';
    };
    button.hidden = false;
    button.addEventListener('click', () => {
      field.select();
      navigator.clipboard.writeText(field.value).then(
        () => say(button.dataset.copied),
        () => say(button.dataset.failed),
      );
    });
    field.addEventListener('focus', () => field.select());
  }
}
