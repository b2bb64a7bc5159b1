import { describe, expect, it } from 'vitest';
import {
  Cancelled,
  codedMessage,
  parseCodedMessage,
  RuleError,
  describeError,
  deserializeError,
  isCancelled,
  isRuleError,
  serializeError,
} from './errors';

describe('error model', () => {
  it('a rule error carries its code, parameters and field, and no sentence', () => {
    const e = new RuleError('schedule.sessionNotFound', { date: '2026-12-01' }, 'date');
    expect(e.code).toBe('schedule.sessionNotFound');
    expect(e.params).toEqual({ date: '2026-12-01' });
    expect(e.field).toBe('date');
    expect(isRuleError(e)).toBe(true);
    expect(e.message).not.toMatch(/[А-Яа-яЁё]/);
  });

  it('recognises every shape of cancellation', () => {
    expect(isCancelled(new Cancelled())).toBe(true);
    expect(isCancelled(new DOMException('stop', 'AbortError'))).toBe(true);
    expect(isCancelled(new Error('other'))).toBe(false);
    expect(isCancelled(null)).toBe(false);
  });

  it('survives a worker boundary: serialised, structured-cloned and rebuilt', () => {
    const sent = structuredClone(serializeError(new RuleError('participants.fileEmpty', { file: 'a.csv' })));
    const back = deserializeError(sent);
    expect(back).toBeInstanceOf(RuleError);
    expect((back as RuleError).code).toBe('participants.fileEmpty');
    expect((back as RuleError).params).toEqual({ file: 'a.csv' });
    expect(deserializeError(structuredClone(serializeError(new Cancelled())))).toBeInstanceOf(Cancelled);
    expect(deserializeError(structuredClone(serializeError(new TypeError('boom')))).message).toBe('boom');
  });

  it('describes anything thrown for a log line', () => {
    expect(describeError(new Error('x'))).toBe('x');
    expect(describeError('plain')).toBe('plain');
  });

  it('a zod message carries a code and its parameters, and reads back', () => {
    expect(codedMessage('common.tooLong', { max: 300 })).toBe('common.tooLong|{"max":300}');
    expect(parseCodedMessage(codedMessage('common.tooLong', { max: 300 }))).toEqual({
      code: 'common.tooLong',
      params: { max: 300 },
    });
    expect(parseCodedMessage('participants.gradeRange')).toEqual({
      code: 'participants.gradeRange',
      params: {},
    });
    expect(parseCodedMessage('Укажите фамилию')).toBeNull();
    expect(parseCodedMessage('common.x|{broken')).toBeNull();
  });
});
