// @vitest-environment happy-dom
/** Boxes named like histories wrap other boxes: entries are the innermost repeated dated things. */
import { describe, expect, it } from 'vitest';
import { readTimeline } from '../../../src/adapters/timeline';

const NOW = Date.UTC(2026, 11, 2, 12);

describe('timelines inside boxes named like them', () => {
  it('reads a planned activity and the messages under one chatter panel as separate entries', () => {
    document.body.innerHTML = `<div class="chatter-container"><div class="chatter-panel">
      <div class="activity-box"><a class="activity-box-title">Planned activities</a>
        <div class="activity-list"><div class="activity"><i class="fa fa-phone"></i>
          <div class="activity-core"><div class="activity-info"><div class="activity-due"><b>Due in 3 days:</b></div>
          <b class="activity-summary">Call about renewal pricing before contract end</b><div>for Mitchell Admin</div></div>
          <div class="activity-tools"><button>Mark Done</button><button>Edit</button></div></div></div></div></div>
      <div class="thread"><div class="message-list">
        <div class="message" data-id="121"><b>Mitchell Admin</b> <span>2026-12-01</span><p>Usage dropped about 40% since last quarter.</p></div>
        <div class="message" data-id="120"><b>Mitchell Admin</b> <span>2026-11-28</span><p>客户反馈上次的问题一直没有解决。</p></div>
      </div></div>
    </div></div>`;
    const got = readTimeline(document, { now: NOW, locale: 'en' });
    expect(got.map((i) => [new Date(i.at).toISOString().slice(0, 10), i.kind])).toEqual([
      ['2026-12-05', 'call'], ['2026-12-01', 'other'], ['2026-11-28', 'other'],
    ]);
    expect(got[0]!.text).toContain('Call about renewal pricing');
    expect(got.slice(1).map((i) => i.id)).toEqual(['id:121', 'id:120']);
  });

  it('never takes a tab panel for one entry, and reads the timeline inside it', () => {
    const item = (d: string, what: string) =>
      `<li class="tl-item"><div class="tl-stamp">${d}</div><div class="tl-content"><h4>${what}</h4><p>Zhang committed ${d} 20:46</p></div></li>`;
    document.body.innerHTML = `<div class="tabs-content">
      <div role="tabpanel" id="pane-activity"><div class="post"><span>Shared publicly - 7:30 PM today</span><p>A long post about nothing in particular at all.</p></div></div>
      <div role="tabpanel" id="pane-timeline"><ul class="tl">${item('2019/4/20', 'Update template')}${item('2019/4/21', 'Build template')}${item('2019/4/22', 'Release')}</ul></div>
    </div>`;
    const got = readTimeline(document, { now: NOW, locale: 'en' });
    expect(got.some((i) => i.id.startsWith('id:pane'))).toBe(false);
    // An entry's own heading is part of what it says.
    expect(got.find((i) => new Date(i.at).toISOString().startsWith('2019-04-21'))?.text).toBe('Build template Zhang committed 2019/4/21 20:46');
    expect(got.map((i) => new Date(i.at).toISOString().slice(0, 10))).toEqual(expect.arrayContaining(['2019-04-20', '2019-04-21', '2019-04-22']));
  });

  it('reads the steps a progress widget shows as done, and not the steps to come', () => {
    const step = (title: string, who: string, when = '') =>
      `<div class="x-steps-item"><div class="x-steps-item-title">${title}</div><div class="x-steps-item-content">${who}<div>${when}</div></div></div>`;
    document.body.innerHTML = `<div class="x-steps x-steps-horizontal">${step('创建项目', '曲丽丽', '2016-12-12 12:32')}${step('部门初审', '周毛毛')}${step('财务复核', '')}${step('完成', '')}</div>`;
    const got = readTimeline(document, { now: NOW, locale: 'zh' });
    expect(got.map((i) => [new Date(i.at).toISOString().slice(0, 10), i.text])).toEqual([['2016-12-12', '创建项目 曲丽丽 2016-12-12 12:32']]);
  });
});
