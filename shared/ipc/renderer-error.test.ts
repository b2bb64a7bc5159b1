import { describe, expect, it } from 'vitest';
import { RuleError } from '../errors';
import { rendererErrorLine, rendererErrorReport, REPORT_LIMITS } from './renderer-error';

describe('renderer error reports', () => {
  it('keep the name, the code and the frames without folders, never the message', () => {
    const error = new RuleError('participants.notFound', { fio: 'Иванова Анна' });
    error.stack = [
      'RuleError: Иванова Анна не найдена in C:\\Users\\Мария\\Desktop\\Иванова.xlsx',
      '    at loadCard (app://profproba/assets/index-1a2b.js:10:20)',
      '    at C:\\Users\\Мария\\AppData\\Local\\Programs\\ПрофПроба\\resources\\app.asar\\main.js:3:4',
    ].join('\n');
    const report = rendererErrorReport('boundary', error);
    expect(report).toEqual({
      kind: 'boundary',
      name: 'RuleError',
      code: 'participants.notFound',
      stack: 'at loadCard (index-1a2b.js:10:20)\nat main.js:3:4',
    });
    const line = rendererErrorLine(report);
    expect(line).toBe(
      'Renderer boundary: RuleError [participants.notFound]\nat loadCard (index-1a2b.js:10:20)\nat main.js:3:4',
    );
    expect(line).not.toMatch(/Иванова|Мария|Users/);
  });

  it('reduce a crafted report (the renderer is not trusted) to tokens and code locations', () => {
    const line = rendererErrorLine({
      kind: 'rejection',
      name: 'Иванова Анна /home/maria',
      code: 'C:\\Users\\x',
      stack: 'Иванова Анна\n    at f (/home/maria/Иванова.js:1:1)',
    });
    expect(line).toBe('Renderer rejection: __homemaria [C:Usersx]\nat f (.js:1:1)');
  });

  it('cap the frames and say only the type of a non-error', () => {
    const error = new Error('x');
    error.stack = ['Error: x', ...Array.from({ length: 50 }, (_, i) => `    at f${i} (a.js:${i}:1)`)].join(
      '\n',
    );
    expect(rendererErrorReport('error', error).stack.split('\n')).toHaveLength(REPORT_LIMITS.frames);
    expect(rendererErrorReport('rejection', 'Иванова')).toEqual({
      kind: 'rejection',
      name: 'Non-error string',
      code: '',
      stack: '',
    });
  });
});
