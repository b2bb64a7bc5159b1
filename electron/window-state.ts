import fs from 'node:fs';
import path from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

const DEFAULT_STATE: WindowState = { width: 1280, height: 760, maximized: false };

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Reads the remembered window bounds. A position that no longer lies on any display (a projector was
 * unplugged) is dropped so the window never opens off-screen.
 */
export function loadWindowState(file: string, displays: Rect[]): WindowState {
  let state: WindowState = DEFAULT_STATE;
  try {
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowState>;
    if (typeof raw.width === 'number' && typeof raw.height === 'number') {
      state = {
        width: Math.max(900, Math.min(raw.width, 10000)),
        height: Math.max(600, Math.min(raw.height, 10000)),
        maximized: raw.maximized === true,
        ...(typeof raw.x === 'number' && typeof raw.y === 'number' ? { x: raw.x, y: raw.y } : {}),
      };
    }
  } catch {
    return DEFAULT_STATE;
  }
  if (state.x !== undefined && state.y !== undefined) {
    const { x, y } = state;
    const visible = displays.some(
      (d) => x >= d.x - 50 && y >= d.y - 50 && x < d.x + d.width - 100 && y < d.y + d.height - 100,
    );
    if (!visible) {
      const { x: _x, y: _y, ...rest } = state;
      state = rest;
    }
  }
  return state;
}

export function saveWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(state));
}
