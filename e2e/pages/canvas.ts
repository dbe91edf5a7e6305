import type { Locator, Page } from '@playwright/test';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Overlap of two screen boxes, each shrunk by `inset` px (touching borders do not count). */
export function boxesOverlap(a: Box, b: Box, inset = 2): boolean {
  return (
    a.x + inset < b.x + b.width - inset &&
    b.x + inset < a.x + a.width - inset &&
    a.y + inset < b.y + b.height - inset &&
    b.y + inset < a.y + a.height - inset
  );
}

/** The canvas and the panels around it: geometry read from the page as the user sees it. */
export class CanvasPage {
  constructor(readonly page: Page) {}

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  get minimap(): Locator {
    return this.page.locator('.react-flow__minimap');
  }

  /** Open a design file through the in-app Open dialog (Ctrl+O). */
  async open(path: string, firstNode: string): Promise<void> {
    await this.page.keyboard.press('Control+o');
    const dialog = this.page.getByRole('dialog', { name: 'Open design' });
    await dialog.getByLabel('File path').fill(path);
    await dialog.getByRole('button', { name: 'Open' }).click();
    await this.node(firstNode).waitFor();
  }

  /** The zoom of the canvas viewport. */
  async zoom(): Promise<number> {
    return this.page
      .locator('.react-flow__viewport')
      .evaluate((el) => new DOMMatrixReadOnly(getComputedStyle(el).transform).a);
  }

  /** Screen boxes of the resource nodes on screen, by id. */
  async nodeBoxes(): Promise<Map<string, Box>> {
    const list = await this.page.locator('.react-flow__node-resource').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return [
          el.getAttribute('data-id') ?? '',
          { x: r.x, y: r.y, width: r.width, height: r.height },
        ];
      }),
    );
    return new Map(list as [string, Box][]);
  }

  /** Points along every drawn edge (screen coordinates), sampled every few pixels. */
  async edgeSamples(): Promise<{ id: string; points: { x: number; y: number }[] }[]> {
    return this.page.locator('.react-flow__edge').evaluateAll((els) =>
      els.map((el) => {
        const path = el.querySelector('path.react-flow__edge-path') as SVGPathElement | null;
        const points: { x: number; y: number }[] = [];
        if (path !== null) {
          const m = path.getScreenCTM()!;
          const total = path.getTotalLength();
          for (let l = 0; l <= total; l += 3) {
            const p = path.getPointAtLength(l).matrixTransform(m);
            points.push({ x: p.x, y: p.y });
          }
        }
        return { id: el.getAttribute('data-id') ?? '', points };
      }),
    );
  }

  /** Edges (by id) with a stretch inside a node box (shrunk by 3 px: ends on a node's border do not count). */
  async edgesThroughNodes(): Promise<string[]> {
    const boxes = [...(await this.nodeBoxes()).values()];
    const bad: string[] = [];
    for (const e of await this.edgeSamples()) {
      const inside = e.points.some((p) =>
        boxes.some(
          (b) =>
            p.x > b.x + 3 && p.x < b.x + b.width - 3 && p.y > b.y + 3 && p.y < b.y + b.height - 3,
        ),
      );
      if (inside) bad.push(e.id);
    }
    return bad;
  }

  /** Screen boxes of the edge labels shown. */
  async labelBoxes(): Promise<Box[]> {
    return this.page.locator('.edge-label').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  }

  /** Press on `from`'s connection handle and move (real mouse) to a point of `to`'s body; the button stays down. */
  async startConnection(from: string, to: string, at: { fx: number; fy: number }): Promise<void> {
    const handle = (await this.node(from).locator('.react-flow__handle.source').boundingBox())!;
    const target = (await this.node(to).boundingBox())!;
    await this.page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await this.page.mouse.down();
    const x = target.x + target.width * at.fx;
    const y = target.y + target.height * at.fy;
    await this.page.mouse.move((handle.x + x) / 2, (handle.y + y) / 2, { steps: 6 });
    await this.page.mouse.move(x, y, { steps: 6 });
  }

  /** Drag a splitter by (dx, dy) with the mouse. */
  async dragSplitter(which: string, dx: number, dy: number): Promise<void> {
    const s = (await this.page.getByTestId(`splitter-${which}`).boundingBox())!;
    const x = s.x + s.width / 2;
    const y = s.y + Math.min(s.height / 2, 200);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  async width(selector: string): Promise<number> {
    return (await this.page.locator(selector).first().boundingBox())!.width;
  }
}
