import type { ComponentChildren } from 'preact';

export type HeadingLevel = 2 | 3 | 4 | 5;

/** A heading whose level the host page chooses, so the shared cards fit any outline. */
export function Heading({ level, id, class: className, children }: { level: HeadingLevel; id?: string; class?: string; children: ComponentChildren }) {
  const Tag = `h${level}` as 'h2';
  return (
    <Tag id={id} class={className}>
      {children}
    </Tag>
  );
}
