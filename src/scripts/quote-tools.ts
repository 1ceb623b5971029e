/**
 * Copy link and copy citation beside each quotation. The buttons are in the page but hidden until
 * this script runs, so readers without JavaScript see only the permalink, which always works.
 */
function announce(button: HTMLButtonElement, text: string): void {
  const label = button.textContent ?? "";
  button.textContent = text;
  setTimeout(() => {
    button.textContent = label;
  }, 2000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>("button.quote-copy")) {
  button.hidden = false;
  button.addEventListener("click", async () => {
    const note = button.closest<HTMLElement>(".quote-meta");
    const id = note?.querySelector<HTMLAnchorElement>("a.quote-link")?.hash ?? "";
    const url = `${location.origin}${location.pathname}${id}`;
    const text = button.dataset.copy === "citation" ? `${note?.dataset.citation ?? ""}, ${url}` : url;
    const fr = document.documentElement.lang === "fr";
    try {
      await navigator.clipboard.writeText(text);
      announce(button, fr ? "Copié" : "Copied");
    } catch {
      announce(button, fr ? "Copie impossible" : "Could not copy");
    }
  });
}
