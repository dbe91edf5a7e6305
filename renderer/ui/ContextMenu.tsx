import {
  Fragment,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { commandContext } from '../commands/context';
import { menuFor, type MenuEntry } from '../commands/contextMenu';
import { runCommand } from '../commands/registry';
import { describeShortcut, isMacPlatform } from '../commands/shortcuts';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';

const mac = isMacPlatform();
const selectMenu = (s: AppState) => s.contextMenu;
const close = () => appStore.getState().openContextMenu(null);

/** One level of a menu: arrow keys move, Enter/Space runs, ArrowRight opens a submenu, Escape/ArrowLeft closes. */
function MenuList({
  items,
  x,
  y,
  onBack,
  label,
}: {
  items: MenuEntry[];
  x: number;
  y: number;
  onBack: () => void;
  label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState({ x, y });
  /** The open submenu: its index and where it shows (next to its item). */
  const [open, setOpen] = useState<{ index: number; x: number; y: number } | null>(null);
  const buttons = () => [
    ...(ref.current?.querySelectorAll<HTMLButtonElement>(
      ':scope > [role="menuitem"]:not([disabled])',
    ) ?? []),
  ];
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    // keep the menu inside the window
    const r = el.getBoundingClientRect();
    setPos({
      x: Math.max(4, Math.min(x, window.innerWidth - r.width - 4)),
      y: Math.max(4, Math.min(y, window.innerHeight - r.height - 4)),
    });
    buttons()[0]?.focus();
  }, [x, y]);
  const run = (entry: MenuEntry) => {
    if (entry.kind !== 'command' || !entry.enabled) return;
    close();
    void runCommand(commandContext, entry.command, entry.arg);
  };
  const onKey = (e: KeyboardEvent) => {
    const list = buttons();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const move = (by: number) => list[(at + by + list.length) % list.length]?.focus();
    if (e.key === 'ArrowDown') move(1);
    else if (e.key === 'ArrowUp') move(-1);
    else if (e.key === 'Home') list[0]?.focus();
    else if (e.key === 'End') list[list.length - 1]?.focus();
    else if (e.key === 'Escape' || e.key === 'ArrowLeft') onBack();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={label}
      style={{ left: pos.x, top: pos.y }}
      onKeyDown={onKey}
    >
      {items.map((entry, i) => {
        if (entry.kind === 'separator')
          return <div key={i} className="context-menu-separator" role="separator" />;
        if (entry.kind === 'submenu') {
          const enabled = entry.items.some((it) => it.kind === 'command' && it.enabled);
          const show = (el: HTMLElement) => {
            if (!enabled) return;
            const r = el.getBoundingClientRect();
            setOpen({ index: i, x: r.right - 2, y: r.top - 4 });
          };
          return (
            <Fragment key={i}>
              <button
                role="menuitem"
                aria-haspopup="menu"
                aria-expanded={open?.index === i}
                className="context-menu-item"
                disabled={!enabled}
                onMouseEnter={(e) => show(e.currentTarget)}
                onClick={(e) => show(e.currentTarget)}
                onKeyDown={(e) => {
                  if (e.key === 'ArrowRight' || e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    e.stopPropagation();
                    show(e.currentTarget);
                  }
                }}
              >
                <span>{entry.label}</span>
                <span className="context-menu-shortcut">▸</span>
              </button>
              {open?.index === i && (
                <MenuList
                  items={entry.items}
                  x={open.x}
                  y={open.y}
                  label={entry.label}
                  onBack={() => {
                    setOpen(null);
                    ref.current?.querySelector<HTMLElement>('[aria-haspopup="menu"]')?.focus();
                  }}
                />
              )}
            </Fragment>
          );
        }
        return (
          <button
            key={i}
            role="menuitem"
            className="context-menu-item"
            disabled={!entry.enabled}
            onMouseEnter={() => setOpen(null)}
            onClick={() => run(entry)}
            data-command={entry.command}
          >
            <span>{entry.label}</span>
            {entry.shortcut !== undefined && (
              <span className="context-menu-shortcut">{describeShortcut(entry.shortcut, mac)}</span>
            )}
          </button>
        );
      })}
    </div>
  );
}

/** The open context menu (canvas right-click or the keyboard's menu key); a click elsewhere, Escape or a scroll closes it. */
export function ContextMenu() {
  const menu = useApp(selectMenu);
  const items = useMemo(
    () => (menu === null ? [] : menuFor(menu.target, appStore.getState())),
    [menu],
  );
  useEffect(() => {
    if (menu === null) return;
    const outside = (e: PointerEvent) => {
      if (!(e.target instanceof Element) || e.target.closest('.context-menu') === null) close();
    };
    window.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', close);
    window.addEventListener('wheel', close, { passive: true });
    return () => {
      window.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('blur', close);
      window.removeEventListener('wheel', close);
    };
  }, [menu]);
  if (menu === null) return null;
  return (
    <MenuList
      items={items}
      x={menu.x}
      y={menu.y}
      onBack={close}
      label={`${menu.target.kind} menu`}
    />
  );
}
