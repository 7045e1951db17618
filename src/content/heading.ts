/** The page heading that names the open account: the record badge sits at its end. */
export function headingFor(name: string): Element | null {
  const probe = name.trim().slice(0, 40);
  if (!probe) return null;
  for (const h of document.querySelectorAll('h1, h2, [role="heading"]')) {
    if (h.textContent?.trim().startsWith(probe)) return h;
  }
  return null;
}
