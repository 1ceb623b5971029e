/** "/" focuses the search box from anywhere on the page, as on most sites with search. */
document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  const box = document.querySelector<HTMLInputElement>("#search-q") ?? document.querySelector<HTMLInputElement>("#site-search-q");
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
