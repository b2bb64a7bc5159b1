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

/** Below this work area (a 1366×768 lab screen, 125 % scaling) the first window opens maximised. */
const ROOMY_WORK_AREA = { width: 1440, height: 900 };

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The first window: never taller or wider than the primary display's work area (the screen above the
 * taskbar), so the bottom action bars are never under the taskbar; maximised on a small work area, where a
 * window smaller than the screen only wastes the room.
 */
export function firstWindowState(workArea: Rect | undefined): WindowState {
  if (!workArea) return DEFAULT_STATE;
  const small = workArea.width < ROOMY_WORK_AREA.width || workArea.height < ROOMY_WORK_AREA.height;
  return {
    width: Math.min(DEFAULT_STATE.width, workArea.width),
    height: Math.min(DEFAULT_STATE.height, workArea.height),
    maximized: small,
  };
}

/**
 * Reads the remembered window bounds. A position that no longer lies on any display (a projector was
 * unplugged) is dropped so the window never opens off-screen. Without a remembered state (the first start,
 * a broken file) the window fits the primary work area (`firstWindowState`).
 */
export function loadWindowState(
  file: string,
  displays: Rect[],
  primary: Rect | undefined = displays[0],
): WindowState {
  const first = firstWindowState(primary);
  let state: WindowState = first;
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
    return first;
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
