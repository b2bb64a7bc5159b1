import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadWindowState, saveWindowState } from './window-state';

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
});
