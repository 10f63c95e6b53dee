import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/loadCorpus.ts';
import { addDocument } from '../src/ingest/addDocument.ts';
import { describeSource } from '../src/render/footnotes.ts';
import { CorpusCopy, realCorpus } from './helpers/corpus.ts';
import { FIXTURES, runCli, writeReleasePdf } from './helpers/ingest.ts';

const fixture = (name: string): string => join(FIXTURES, name);

describe('corpus:add from files', () => {
  const copy = new CorpusCopy();
  afterAll(() => copy.remove());

  it('keeps the article of a web page and drops its chrome', async () => {
    const added = await addDocument(copy.dir, fixture('en-police-release.html'));
    const text = loadCorpus(copy.dir).documents.get(added.id)?.text ?? '';
    expect(text).toContain('A total of 27 suspects were arrested: 14 in the United Kingdom');
    expect(text).toContain('- 38 house searches in four countries');
    expect(text).toContain('Serbia | 3 | 4');
    for (const chrome of [
      'cookies',
      'Skip to main',
      'Careers',
      'Share this page',
      'Sign up',
      'Related news',
      'Switchboard',
      'Crown copyright',
      'dataLayer',
    ]) {
      expect(text).not.toContain(chrome);
    }
    expect(added).toMatchObject({
      id: 'national-crime-agency-cocaine-network-dismantled-joint-operation',
      title: 'Cocaine network dismantled in joint operation across four countries',
      publisher: 'National Crime Agency',
      published: '2024-03-14',
      language: 'en',
      url: 'https://www.nationalcrimeagency.example/news/cocaine-network-dismantled-four-countries',
    });
    expect(added.passages).toBe(
      [...loadCorpus(copy.dir).passages].filter((p) => p.document === added.id).length,
    );
  });

  it.each([
    [
      'nl-om-release.html',
      'nl',
      'Openbaar Ministerie',
      '2023-10-05',
      'ruim 2,7 ton cocaïne',
      'cookies',
    ],
    [
      'sr-mup-release.html',
      'sr',
      'Министарство унутрашњих послова Републике Србије',
      '2024-02-21',
      'седам возила и три пиштоља',
      'колачиће',
    ],
    [
      'hr-policija-release.html',
      'hr',
      'Policijska uprava splitsko-dalmatinska',
      '2023-11-08',
      'U Sarajevu je uhićena još jedna osoba',
      'kolačiće',
    ],
  ])(
    'reads %s: language %s, its site, its date, the article without chrome',
    async (name, language, publisher, published, kept, dropped) => {
      const added = await addDocument(copy.dir, fixture(name));
      expect(added).toMatchObject({ language, publisher, published });
      const text = loadCorpus(copy.dir).documents.get(added.id)?.text ?? '';
      expect(text).toContain(kept);
      expect(text).not.toContain(dropped);
      expect(text).not.toMatch(/Telefon|tel\. 01|Postbus/);
    },
  );

  it('reads a text file: title from its first line, date from its opening, Bosnian detected', async () => {
    const added = await addDocument(copy.dir, fixture('bs-sipa-release.txt'), {
      publisher: 'SIPA',
      url: 'https://www.sipa.example/vijesti/akcija-kanal',
    });
    expect(added).toMatchObject({
      title: 'SIPA: Uhapšeno pet osoba u akciji "Kanal"',
      published: '2024-06-14',
      language: 'bs',
    });
  });

  it('keeps the day the source was retrieved, and the bot shows it beside the source', async () => {
    const added = await addDocument(copy.dir, fixture('bs-sipa-release.txt'), {
      id: 'sipa-kanal-retrieved',
      publisher: 'SIPA',
      url: 'https://www.sipa.example/vijesti/akcija-kanal',
      retrieved: '2026-05-03',
    });
    expect(added.retrieved).toBe('2026-05-03');
    const doc = loadCorpus(copy.dir).documents.get(added.id);
    expect(doc?.retrieved).toBe('2026-05-03');
    expect(doc === undefined ? '' : describeSource(doc)).toBe(
      'SIPA, “SIPA: Uhapšeno pet osoba u akciji "Kanal"”, 14 June 2024 · retrieved 3 May 2026 — https://www.sipa.example/vijesti/akcija-kanal',
    );
    // The shipped documents have no retrieved date: none is shown.
    for (const shipped of realCorpus().documents.values())
      expect(describeSource(shipped)).not.toContain('retrieved');
  });

  it('asks for what a source does not state, and never guesses it', async () => {
    await expect(
      addDocument(copy.dir, fixture('bs-sipa-release.txt'), { id: 'no-publisher' }),
    ).rejects.toThrow(/publisher: pass --publisher/);
    await expect(
      addDocument(copy.dir, fixture('bs-sipa-release.txt'), { id: 'no-url', publisher: 'SIPA' }),
    ).rejects.toThrow(/URL: pass --url/);
  });

  it('reads a PDF: running header, footer and page numbers dropped, hyphenation joined, paragraphs rebuilt', async () => {
    const added = await addDocument(copy.dir, await writeReleasePdf(copy.dir), {
      url: 'https://www.portpolice.example/press/1',
    });
    const text = loadCorpus(copy.dir).documents.get(added.id)?.text ?? '';
    expect(text).not.toMatch(/PRESS RELEASE|Harbour Road|Page \d/);
    expect(text).toContain('by the international targeting team');
    expect(text).toContain(
      'Twelve suspects were arrested in Belgium and the Netherlands, and a further 5 in Croatia.',
    );
    expect(text.split('\n\n').length).toBeGreaterThanOrEqual(8);
    expect(added).toMatchObject({
      publisher: 'European Port Police',
      published: '2024-06-06',
      language: 'en',
    });
  });

  it('lets flags win, uses a given id, and never overwrites an existing one', async () => {
    const options = { id: 'given-id', title: 'Given title', published: '2023-10', language: 'nl' };
    const added = await addDocument(copy.dir, fixture('nl-om-release.html'), options);
    expect(added).toMatchObject({
      id: 'given-id',
      title: 'Given title',
      published: '2023-10',
      language: 'nl',
    });
    const before = readFileSync(join(copy.dir, 'documents/given-id.md'), 'utf8');
    await expect(
      addDocument(copy.dir, fixture('en-police-release.html'), { id: 'given-id' }),
    ).rejects.toThrow(/already exists.*never overwritten/);
    // an id another file declares is taken too
    await expect(
      addDocument(copy.dir, fixture('en-police-release.html'), {
        id: 'europol-balkan-drug-lords-sky-ecc',
      }),
    ).rejects.toThrow(/already exists/);
    expect(readFileSync(join(copy.dir, 'documents/given-id.md'), 'utf8')).toBe(before);
  });

  it('refuses a file type it cannot read', async () => {
    await expect(addDocument(copy.dir, join(FIXTURES, 'expected-figures.json'))).rejects.toThrow(
      /unsupported file type ".json"/,
    );
  });
});

describe('corpus:add from a URL', () => {
  const copy = new CorpusCopy();
  let server: Server;
  let base = '';
  const html = readFileSync(fixture('nl-om-release.html'));
  const limits = { timeoutMs: 1500, maxBytes: 64 * 1024, maxRedirects: 2 };

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = request.url ?? '/';
      if (path === '/release') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        response.end(html);
      } else if (path === '/image') {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end('png');
      } else if (path === '/huge') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('x'.repeat(200 * 1024));
      } else if (path === '/slow') {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.write('start');
        setTimeout(() => response.end(' end'), 5000).unref();
      } else if (path.startsWith('/hop/')) {
        const n = Number(path.slice(5));
        response.writeHead(302, { location: n === 0 ? '/release' : `/hop/${n - 1}` });
        response.end();
      } else if (path === '/to-file') {
        response.writeHead(302, { location: 'file:///etc/passwd' });
        response.end();
      } else {
        response.writeHead(404);
        response.end();
      }
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
    copy.remove();
  });

  it('fetches a page and follows redirects', async () => {
    const added = await addDocument(copy.dir, `${base}/hop/1`, { id: 'fetched' }, limits);
    expect(added).toMatchObject({
      id: 'fetched',
      language: 'nl',
      publisher: 'Openbaar Ministerie',
    });
    // the canonical URL the page states wins over the address it was fetched from
    expect(added.url).toMatch(/^https:\/\/www\.om\.example\//);
  });

  it.each([
    ['/image', /content type "image\/png"; expected HTML, PDF or plain text/],
    ['/huge', /more than the 65536-byte limit/],
    ['/slow', /did not answer within 1500 ms/],
    ['/hop/5', /redirected more than 2 times/],
    ['/to-file', /refused file: URL/],
    ['/missing', /answered HTTP 404/],
  ])('names what went wrong for %s', async (path, message) => {
    await expect(addDocument(copy.dir, `${base}${path}`, { id: 'never' }, limits)).rejects.toThrow(
      message,
    );
    expect(readdirSync(join(copy.dir, 'documents'))).not.toContain('never.md');
  });

  it.each(['file:///etc/hostname', 'ftp://127.0.0.1/release.txt'])('refuses %s', async (url) => {
    await expect(addDocument(copy.dir, url, {}, limits)).rejects.toThrow(
      /only http and https are fetched/,
    );
  });
});

describe('corpus:add as a process', () => {
  const copy = new CorpusCopy();
  afterAll(() => copy.remove());

  it('prints the JSON report, and the next processes check and search the new document', async () => {
    const add = await runCli(
      'corpusAdd.ts',
      [fixture('hr-policija-release.html'), '--json'],
      copy.dir,
    );
    expect(add.code).toBe(0);
    const report: unknown = JSON.parse(add.stdout);
    expect(report).toMatchObject({
      id: 'policijska-uprava-splitsko-dalmatinska-uhiceno-sest-osoba',
      language: 'hr',
      published: '2023-11-08',
    });
    expect(Object.keys(report as object)).toEqual([
      'id',
      'file',
      'title',
      'publisher',
      'published',
      'retrieved',
      'language',
      'url',
      'passages',
    ]);
    // Set to the day the source was read, and kept in the document's front matter.
    const today = new Date().toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect([today, yesterday]).toContain((report as { retrieved: string }).retrieved);

    const check = await runCli('corpusCheck.ts', [], copy.dir);
    expect(check.code).toBe(0);
    expect(check.stdout).toMatch(/corpus ok: 6 documents/);

    const ask = await runCli(
      'ask.ts',
      ['--json', '/search query:"krijumčarenje kokaina preko luke Ploče"'],
      copy.dir,
    );
    const answer: unknown = JSON.parse(ask.stdout);
    expect(JSON.stringify(answer)).toContain(
      'policijska-uprava-splitsko-dalmatinska-uhiceno-sest-osoba',
    );

    const again = await runCli('corpusAdd.ts', [fixture('hr-policija-release.html')], copy.dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/corpus:add: a document with id .* already exists/);
  });
});
