// @vitest-environment happy-dom
/**
 * Writing a note where the CRM opens its composer from a button (写跟进, "Log note"): the button is
 * pressed, the text and what can be known are filled, and the form is saved only when nothing the
 * CRM requires is left empty.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { genericAdapter } from '../../../src/adapters/generic';
import { fillNote } from '../../../src/content/note-writer';

let saved: Record<string, string> | null;

/** A CRM page whose follow-up form is added to the page when its button is clicked. */
function page(extraRequired: boolean) {
  saved = null;
  document.body.innerHTML = `<main><h1>杭州云帆科技</h1><button id="open" type="button">写跟进</button></main>`;
  document.getElementById('open')!.addEventListener('click', () => {
    // The CRM renders its dialog a moment after the click, as frameworks do.
    queueMicrotask(() => {
      const dialog = document.createElement('div');
      dialog.setAttribute('role', 'dialog');
      dialog.innerHTML = `<form>
        <div class="form-item"><label for="kind">* 跟进方式</label><select id="kind" required><option value=""></option><option value="call">电话</option><option value="other">其他</option></select></div>
        <div class="form-item"><label for="when">跟进时间</label><input id="when" type="date"></div>
        ${extraRequired ? '<div class="form-item"><label for="who">* 联系人</label><input id="who" type="text" aria-required="true"></div>' : ''}
        <div class="form-item"><label for="body">跟进内容</label><textarea id="body" placeholder="跟进内容"></textarea></div>
        <button type="button" id="save">保存</button></form>`;
      dialog.querySelector('#save')!.addEventListener('click', () => {
        const v = (id: string) => (dialog.querySelector(`#${id}`) as HTMLInputElement | null)?.value ?? '';
        saved = { kind: v('kind'), when: v('when'), body: v('body'), who: v('who') };
      });
      document.body.append(dialog);
    });
  });
}

describe('note writing behind a button', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('opens the composer, fills the text, the type "other" and today, and saves', async () => {
    page(false);
    const res = await fillNote(genericAdapter, '客户反馈价格偏高，已安排回访');
    expect(res).toEqual({ filled: true });
    expect(saved).toEqual({ kind: 'other', when: new Date().toISOString().slice(0, 10), body: '客户反馈价格偏高，已安排回访', who: '' });
  });

  it('leaves a form with a required field it cannot know unsaved, and names that field', async () => {
    page(true);
    const res = await fillNote(genericAdapter, 'Renewal call booked');
    expect(res).toEqual({ filled: true, missing: ['联系人'] });
    expect(saved).toBeNull();
    expect((document.getElementById('body') as HTMLTextAreaElement).value).toBe('Renewal call booked');
  });

  it('says it could not write when there is neither a composer nor a button for one', async () => {
    document.body.innerHTML = '<main><h1>Acme</h1><button type="button">Export</button></main>';
    expect(await fillNote(genericAdapter, 'x')).toEqual({ filled: false });
  });
});
