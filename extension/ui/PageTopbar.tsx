// The bar across the top of Sourcelight's extension pages: where you are, and a way to the others.
type Here = 'reader' | 'compare' | 'library';

const LINKS: { here: Here; href: string; label: string }[] = [
  { here: 'library', href: '../library/index.html', label: 'Library' },
  { here: 'compare', href: '../compare/index.html', label: 'Compare articles' },
];

export function PageTopbar({ here, mainId = 'sl-main' }: { here: Here; mainId?: string }) {
  return (
    <header class="sl-topbar">
      <a class="sl-skip" href={`#${mainId}`}>
        Skip to content
      </a>
      <span class="sl-brand">Sourcelight</span>
      <nav aria-label="Sourcelight pages">
        <ul>
          {LINKS.map((l) => (
            <li key={l.here}>
              <a href={l.href} aria-current={l.here === here ? 'page' : undefined}>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
