/**
 * Copy link and copy citation beside each quotation. The script adds the buttons itself, so pages
 * without JavaScript carry none (only the permalink, which always works) and stay small.
 */
const fr = document.documentElement.lang === "fr";
const LABELS = {
  link: fr ? "Copier le lien" : "Copy link",
  citation: fr ? "Copier la référence" : "Copy citation",
  done: fr ? "Copié" : "Copied",
  failed: fr ? "Copie impossible" : "Could not copy",
};

function announce(button: HTMLButtonElement, text: string): void {
  const label = button.textContent ?? "";
  button.textContent = text;
  setTimeout(() => {
    button.textContent = label;
  }, 2000);
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const note = button.closest<HTMLElement>(".quote-meta");
  const id = note?.querySelector<HTMLAnchorElement>("a.quote-link")?.hash ?? "";
  const url = `${location.origin}${location.pathname}${id}`;
  const text = button.dataset.copy === "citation" ? `${note?.dataset.citation ?? ""}, ${url}` : url;
  try {
    await navigator.clipboard.writeText(text);
    announce(button, LABELS.done);
  } catch {
    announce(button, LABELS.failed);
  }
}

for (const note of document.querySelectorAll<HTMLElement>(".quote-meta[data-citation]")) {
  for (const kind of ["link", "citation"] as const) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "quote-copy";
    button.dataset.copy = kind;
    button.textContent = LABELS[kind];
    button.addEventListener("click", () => void copy(button));
    note.append(button);
  }
}
