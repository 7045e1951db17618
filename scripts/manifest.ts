/**
 * Every manifest ChurnLens ships is derived here from one source, `manifest.json` (the development
 * build for Chromium, as the demo and the tests load it), with the version from package.json.
 *
 * - target `chromium` (Chrome, Edge) or `firefox`: Firefox gets background scripts (it runs no
 *   extension service worker), a `sidebar_action` for the side-panel app, and its add-on id and
 *   minimum version; Chromium-only keys are left out.
 * - `store`: the package a user installs. No development or demo access: the demo CRM's host
 *   permission and the content script registered for it are left out, so ChurnLens runs only on
 *   origins the user enables at run time.
 *
 * Two steps, because the build needs the development entries to build from: `sourceManifest`
 * feeds @crxjs/vite-plugin (input paths), `finishManifest` rewrites what it renders (output paths).
 * The extension's pages are built apart (scripts/page-builds.ts), so crxjs is not given them.
 */
import base from '../manifest.json';
import pkg from '../package.json';

export type Target = 'chromium' | 'firefox';
export interface BuildKind {
  target: Target;
  store: boolean;
}

/** The add-on's id on addons.mozilla.org; it must never change once published. */
export const GECKO_ID = 'churnlens@churnlens';
/** Firefox ESR 140: MV3 with `optional_host_permissions` and `data_collection_permissions`. */
export const GECKO_MIN_VERSION = '140.0';
/** The demo CRM, the one origin the development build reads without being asked. */
export const DEV_HOST = 'http://127.0.0.1/*';

/** The popup, the side panel and the options page, each built as a page of its own at this path. */
export const PAGES = [base.action.default_popup, base.side_panel.default_path, base.options_page] as const;

export type Manifest = Record<string, unknown> & {
  version: string;
  permissions: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[] }[];
  background?: Record<string, unknown>;
  side_panel?: { default_path: string };
  action: { default_icon: Record<string, string>; default_popup?: string };
  options_page?: string;
};

/** Which build the environment asks for: `CHURNLENS_TARGET=chromium|firefox`, `CHURNLENS_STORE=1`. */
export function buildKind(env: Record<string, string | undefined>): BuildKind {
  const target = env.CHURNLENS_TARGET ?? 'chromium';
  if (target !== 'chromium' && target !== 'firefox') throw new Error(`CHURNLENS_TARGET must be chromium or firefox, not "${target}"`);
  return { target, store: env.CHURNLENS_STORE === '1' };
}

export function sourceManifest({ target }: BuildKind): Manifest {
  const m = structuredClone(base) as Manifest;
  m.version = pkg.version;
  delete m.action.default_popup;
  delete m.side_panel;
  delete m.options_page;
  if (target === 'firefox') {
    m.background = { scripts: [base.background.service_worker], type: 'module' };
  }
  return m;
}

export function finishManifest(rendered: Manifest, { target, store }: BuildKind): Manifest {
  const m = structuredClone(rendered);
  m.action.default_popup = base.action.default_popup;
  m.side_panel = { ...base.side_panel };
  m.options_page = base.options_page;
  if (store) {
    delete m.content_scripts;
    const hosts = (m.host_permissions ?? []).filter((h) => h !== DEV_HOST);
    if (hosts.length) m.host_permissions = hosts;
    else delete m.host_permissions;
  }
  if (target === 'firefox') {
    m.sidebar_action = {
      default_panel: m.side_panel!.default_path,
      default_title: '__MSG_ext_name__',
      default_icon: m.action.default_icon,
      open_at_install: false,
    };
    delete m.side_panel;
    m.permissions = m.permissions.filter((p) => p !== 'sidePanel');
    // Chromium's keys. Firefox lets no web page message an extension, and hands other extensions'
    // messages only to `runtime.onMessageExternal`, which ChurnLens does not listen to.
    delete m.minimum_chrome_version;
    delete m.externally_connectable;
    // ChurnLens collects nothing (PRIVACY.md); Firefox for Android reads that declaration from 142 on.
    m.browser_specific_settings = {
      gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION, data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    };
  }
  return m;
}
