import { memo } from 'react';

/** Toolbar icons as inline SVG (16x16, currentColor): no icon font, no network. */
const TOOL_PATHS = {
  new: 'M4 2h5l3 3v9H4z M9 2v3h3 M8 8v4 M6 10h4',
  open: 'M2 4h4l1.5 1.5H14v7.5H2z M2 7h12',
  save: 'M3 2h8l2 2v10H3z M5 2v4h6V2 M5 14v-4h6v4',
  saveAs: 'M2 2h7l2 2v3 M2 2v11h5 M4 2v3h4V2 M9 14l1-3 4-4 2 2-4 4z',
  commands: 'M2 3h12v10H2z M4.5 6l2 2-2 2 M8 10h3.5',
  undo: 'M5 4L2 7l3 3 M2 7h7a4 4 0 0 1 0 8H7',
  redo: 'M11 4l3 3-3 3 M14 7H7a4 4 0 0 0 0 8h2',
  duplicate: 'M5 5h8v8H5z M3 11V3h8',
  trash: 'M3 4h10 M6 4V2h4v2 M4 4l1 10h6l1-10 M7 7v5 M9 7v5',
  fit: 'M2 6V2h4 M10 2h4v4 M14 10v4h-4 M6 14H2v-4',
  theme: 'M8 2a6 6 0 1 0 .01 0z M8 2v12',
  lane: 'M2 3h12v4H2z M2 9h12v4H2z',
  folder: 'M1.5 3.5h4.5l1.5 1.5h7v8h-13z',
  file: 'M4 1.5h5l3 3v10H4z M9 1.5v3h3',
  up: 'M8 13V3 M4 7l4-4 4 4',
} as const;

export type ToolIconName = keyof typeof TOOL_PATHS;

export const ToolIcon = memo(function ToolIcon({ name }: { name: ToolIconName }) {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={TOOL_PATHS[name]} />
    </svg>
  );
});
