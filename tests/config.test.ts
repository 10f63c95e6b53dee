import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('configuration', () => {
  it('runs the console without a token, the gateway with one', () => {
    expect(loadConfig({}).transport).toBe('console');
    expect(loadConfig({ DISCORD_TOKEN: '' }).transport).toBe('console');
    expect(loadConfig({ DISCORD_TOKEN: 'x.y.z' }).transport).toBe('gateway');
    expect(loadConfig({ DISCORD_TOKEN: 'x.y.z', BOT_TRANSPORT: 'console' }).transport).toBe(
      'console',
    );
  });

  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      transport: 'console',
      apiUrl: 'https://discord.com/api',
      logLevel: 'warn',
      corpusDir: './corpus',
      indexCacheDir: '.cache/index',
    });
    const jwk = generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' });
    const key = Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
    const http = loadConfig({ BOT_TRANSPORT: 'http', DISCORD_PUBLIC_KEY: key });
    expect(http).toMatchObject({ host: '0.0.0.0', port: 8080, logLevel: 'info' });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ BOT_TRANSPORT: 'carrier-pigeon' }, 'BOT_TRANSPORT'],
    [{ DISCORD_API_URL: 'not a url' }, 'DISCORD_API_URL'],
    [{ DISCORD_PUBLIC_KEY: 'abc' }, 'DISCORD_PUBLIC_KEY'],
    [{ BOT_TRANSPORT: 'http' }, 'DISCORD_PUBLIC_KEY'],
    [{ BOT_TRANSPORT: 'gateway' }, 'DISCORD_TOKEN'],
    [{ DISCORD_APPLICATION_ID: '12ab' }, 'DISCORD_APPLICATION_ID'],
  ])('names the variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`- ${variable}:`));
  });

  it('never puts a value in its message (it may be a secret)', () => {
    try {
      loadConfig({
        DISCORD_TOKEN: 'super-secret',
        BOT_TRANSPORT: 'gateway',
        PORT: 'super-secret-port',
      });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('super-secret');
    }
  });
});
