import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

function capture(): { text: () => string; stream: Writable } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  return { text: () => chunks.join(''), stream };
}

describe('the logger', () => {
  it('redacts tokens and authorization headers wherever a log object carries them', () => {
    const out = capture();
    const logger = createLogger('info', out.stream);
    logger.info({ token: 'secret-one' }, 'top level');
    logger.info({ request: { token: 'secret-two' } }, 'nested');
    logger.info({ config: { DISCORD_TOKEN: 'secret-three' } }, 'config');
    logger.info({ headers: { authorization: 'Bot secret-four' } }, 'headers');
    logger.info({ req: { headers: { authorization: 'Bot secret-five' } } }, 'nested headers');
    const text = out.text();
    expect(text).not.toMatch(/secret-(one|two|three|four|five)/);
    expect(text.match(/\[redacted\]/g)).toHaveLength(5);
  });

  it('writes nothing below its level', () => {
    const out = capture();
    createLogger('warn', out.stream).info('quiet');
    expect(out.text()).toBe('');
  });
});
