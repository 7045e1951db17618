/**
 * The built manifest asks for no more than ChurnLens needs (threat model: README). A change that
 * widens it fails here and has to say why in this file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../../scripts/browser';
import { CONTENT_PARTS } from '../../src/content/parts';

const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));

describe('the built manifest', () => {
  it('holds only the permissions ChurnLens uses, and no broad host access by default', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'alarms', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|"cookies"|"tabs"|"webRequest|"history"|"downloads"/);
    // The demo CRM only; any real CRM is asked for at run time, one origin at a time.
    expect(manifest.host_permissions).toEqual(['http://127.0.0.1/*']);
    expect([...manifest.optional_host_permissions].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches)).toEqual(['http://127.0.0.1/*']);
  });

  it('lets no other extension and no web page message it', () => {
    expect(manifest.externally_connectable).toEqual({ ids: [] });
  });

  it('exposes nothing to web pages: no file of it is web-accessible, so no page can load one to tell it is installed', () => {
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });
});

/** Every built script, by its path in dist/. */
const scripts = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.js')).map((f) => ({ f, src: readFileSync(join(DIST, f), 'utf8') }));

describe('the built code', () => {
  it('has a content script of classic scripts, none importing anything: the worker injects its parts, since a page may load no file of it', () => {
    const files = [...manifest.content_scripts.flatMap((c: { js: string[] }) => c.js), ...Object.values(CONTENT_PARTS)];
    expect(files).toEqual(['assets/content.js', 'assets/content-main.js', 'assets/content-picker.js', 'assets/content-note-writer.js']);
    for (const f of files) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/\bimport\s*[({"'`*]|\bexport\s*[{*]|import\.meta/);
  });

  it('evaluates no strings as code and loads no script from anywhere else', () => {
    expect(scripts.length).toBeGreaterThan(10);
    for (const { f, src } of scripts) {
      expect(src, f).not.toMatch(/\beval\(|new Function\(|importScripts\(|<script[^>]+src=["']?https?:/);
    }
  });

  it('opens no connection of its own: the one network API in it is a library’s, and ChurnLens never calls it', () => {
    const network = /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource/;
    // Each page is built on its own (scripts/page-builds.ts), so a page that loads papaparse has its copy.
    const holders = scripts.filter(({ src }) => network.test(src)).map(({ f }) => f.replace(/-[\w-]{8}\.js$/, '.js'));
    expect(holders.length).toBeGreaterThan(0);
    expect(new Set(holders)).toEqual(new Set(['assets/papaparse.min.js']));
    // papaparse fetches a file itself only when asked to download one.
    const src = (readdirSync(resolve(import.meta.dirname, '../../src'), { recursive: true }) as string[])
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(resolve(import.meta.dirname, '../../src', f), 'utf8'));
    expect(src.some((t) => /download\s*:\s*true/.test(t))).toBe(false);
  });
});

