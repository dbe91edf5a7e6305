import { memo } from 'react';

/** Small inline icons per OpenStack service (no network, no font). 16x16, stroke uses currentColor. */
const PATHS: Record<string, string> = {
  Nova: 'M2 3h12v7H2z M5 13h6 M8 10v3',
  Neutron: 'M8 2v3 M8 11v3 M2 8h3 M11 8h3 M8 5a3 3 0 1 0 0.01 0 M3 3l2 2 M11 11l2 2',
  Cinder: 'M3 4c0-1 10-1 10 0v8c0 1-10 1-10 0z M3 4c0 1 10 1 10 0 M3 8c0 1 10 1 10 0',
  Heat: 'M8 2c2 3 4 4 4 7a4 4 0 0 1-8 0c0-2 1-3 2-4 0 2 1 3 2 3 0-2-1-4 0-6z',
  Keystone: 'M5 9a3 3 0 1 1 2-2l6 0v2h-2v2h-2v-2h-2',
  Glance: 'M2 3h12v10H2z M2 10l4-3 3 2 2-2 3 3 M10 6h.01',
  Swift: 'M2 5h12v8H2z M2 5l2-2h8l2 2 M6 8h4',
  Octavia: 'M8 2v4 M8 6l-5 5 M8 6v5 M8 6l5 5 M2 12h3v2H2z M6.5 12h3v2h-3z M11 12h3v2h-3z',
  Designate: 'M8 2a6 6 0 1 0 .01 0 M2 8h12 M8 2c-3 3-3 9 0 12 M8 2c3 3 3 9 0 12',
  Magnum: 'M3 4h10v3H3z M3 9h10v3H3z M5 5.5h.01 M5 10.5h.01',
  Trove: 'M3 3h10v10H3z M3 6h10 M3 9h10 M6 3v10',
  Sahara: 'M2 12l4-8 3 5 2-3 3 6z',
  Manila: 'M2 5h5l1 1h6v7H2z',
  Barbican: 'M4 7V5a4 4 0 0 1 8 0v2 M3 7h10v7H3z M8 10v2',
  Zaqar: 'M2 4h12v6H6l-3 3v-3H2z',
  Mistral: 'M3 3h4v4H3z M9 9h4v4H9z M7 5h3v4',
  Aodh: 'M8 2a4 4 0 0 1 4 4v4l2 2H2l2-2V6a4 4 0 0 1 4-4z M6 14h4',
  Senlin: 'M3 3h4v4H3z M9 3h4v4H9z M3 9h4v4H3z M9 9h4v4H9z',
  Zun: 'M2 5l6-3 6 3v6l-6 3-6-3z M2 5l6 3 6-3 M8 8v6',
};
const FALLBACK = 'M3 3h10v10H3z M6 8h4';

export const SERVICE_COLORS: Record<string, string> = {
  Nova: '#e0752d',
  Neutron: '#2f8fd8',
  Cinder: '#8a63d2',
  Heat: '#d9483b',
  Keystone: '#c99a06',
  Glance: '#2aa876',
  Swift: '#1aa3a3',
  Octavia: '#d0568f',
  Designate: '#5b7bd5',
};

export const serviceColor = (service: string): string => SERVICE_COLORS[service] ?? '#7c8796';

export const ServiceIcon = memo(function ServiceIcon({
  service,
  size = 16,
}: {
  service: string;
  size?: number;
}) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[service] ?? FALLBACK} />
    </svg>
  );
});
