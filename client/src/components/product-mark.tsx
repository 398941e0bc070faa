/** The Cirkel mark: a ring around a point (decorative; the name is written next to it). */
export function ProductMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="11" fill="none" stroke="var(--mantine-color-indigo-6)" strokeWidth="5" />
      <circle cx="16" cy="16" r="3" fill="var(--mantine-color-teal-6)" />
    </svg>
  );
}
