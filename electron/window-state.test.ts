import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstWindowState, loadWindowState, saveWindowState } from './window-state';

let file: string;
const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

beforeEach(() => {
  file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'profproba-ws-')), 'sub', 'window-state.json');
});
afterEach(() => fs.rmSync(path.dirname(path.dirname(file)), { recursive: true, force: true }));

describe('window state', () => {
  it('is remembered between runs', () => {
    saveWindowState(file, { x: 100, y: 80, width: 1400, height: 900, maximized: true });
    expect(loadWindowState(file, screen)).toEqual({
      x: 100,
      y: 80,
      width: 1400,
      height: 900,
      maximized: true,
    });
  });

  it('starts with a sensible default the first time or when the file is broken', () => {
    expect(loadWindowState(file, screen)).toEqual({ width: 1280, height: 760, maximized: false });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '{ broken');
    expect(loadWindowState(file, screen)).toEqual({ width: 1280, height: 760, maximized: false });
  });

  it('never opens off-screen after a projector or second monitor is gone', () => {
    saveWindowState(file, { x: 2500, y: 100, width: 1200, height: 800, maximized: false });
    expect(loadWindowState(file, screen)).toEqual({ width: 1200, height: 800, maximized: false });
    expect(loadWindowState(file, [...screen, { x: 1920, y: 0, width: 1920, height: 1080 }])).toMatchObject({
      x: 2500,
    });
  });

  it('keeps sizes within reason', () => {
    saveWindowState(file, { width: 10, height: 99999, maximized: false });
    expect(loadWindowState(file, screen)).toEqual({ width: 900, height: 10000, maximized: false });
  });

  it('opens the first window within the work area of a 1366×768 screen, maximised', () => {
    // 1366×768 minus a 40 px Windows taskbar.
    const lab = { x: 0, y: 0, width: 1366, height: 728 };
    const state = loadWindowState(file, [lab], lab);
    expect(state.height).toBeLessThanOrEqual(lab.height);
    expect(state.width).toBeLessThanOrEqual(lab.width);
    expect(state).toEqual({ width: 1280, height: 728, maximized: true });
  });

  it('fits the first window to the primary display, not to the first one listed', () => {
    const projector = { x: 1366, y: 0, width: 1920, height: 1080 };
    const laptop = { x: 0, y: 0, width: 1366, height: 728 };
    expect(loadWindowState(file, [projector, laptop], laptop).height).toBe(728);
  });

  it('keeps the roomy default on a large work area', () => {
    expect(firstWindowState({ x: 0, y: 0, width: 1920, height: 1040 })).toEqual({
      width: 1280,
      height: 760,
      maximized: false,
    });
    expect(firstWindowState({ x: 0, y: 0, width: 1600, height: 860 })).toEqual({
      width: 1280,
      height: 760,
      maximized: true,
    });
  });
});
