/** Boxes drawn over the page: what a click would take, and what has been taught so far. */
export interface Mark {
  el: Element;
  kind: 'hover' | 'name' | 'field' | 'row';
  tag: string;
}

export function Marks({ marks }: { marks: Mark[] }) {
  return (
    <>
      {marks.map((m) => {
        const r = m.el.getBoundingClientRect();
        if (!r.width && !r.height) return null;
        const pad = m.kind === 'row' ? 1 : 3;
        return (
          <div
            class={`box ${m.kind === 'hover' ? 'hover' : `m-${m.kind}`}`}
            style={{ left: `${r.left - pad}px`, top: `${r.top - pad}px`, width: `${r.width + pad * 2}px`, height: `${r.height + pad * 2}px` }}
          >
            {m.tag && <span class="tag">{m.tag}</span>}
          </div>
        );
      })}
    </>
  );
}
