/** A site-relative URL under the configured base path: `path("articles/x/")` → `/base/articles/x/`. */
export function path(p: string): string {
  const base = import.meta.env.BASE_URL.endsWith("/") ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
  return `${base}${p.replace(/^\//, "")}`;
}

export function articlePath(slug: string): string {
  return path(`articles/${slug}/`);
}
