/**
 * The picker's look, inside its own shadow root: the CRM's CSS cannot reach it, ours cannot leak
 * into the CRM. Same palette as the extension pages (theme.css), spelled out because a shadow
 * root inherits none of it.
 */
export const PICKER_CSS = `
:host{all:initial}
*{box-sizing:border-box}
.root{--accent:#3b5bdb;--accent-soft:#edf1ff;--text:#1d2939;--muted:#667085;--border:#e4e7ec;--ok:#12b76a;--ok-soft:#e8f6ee;--list:#7a5af8;
 font:13px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--text)}
.panel{position:fixed;right:20px;bottom:20px;width:380px;max-height:calc(100vh - 40px);display:flex;flex-direction:column;
 background:#fff;border:1px solid var(--border);border-radius:14px;overflow:hidden;z-index:2147483647;
 box-shadow:0 16px 48px rgba(16,24,40,.18),0 2px 6px rgba(16,24,40,.08)}
.panel.left{right:auto;left:20px}
.head{display:flex;align-items:center;gap:10px;padding:12px 12px 10px 14px}
.mark{flex:none;width:26px;height:26px;border-radius:8px;display:grid;place-items:center;color:#fff;font-size:14px;
 background:linear-gradient(135deg,#5b7cfa,#3b5bdb)}
.title{flex:1;font-weight:650;font-size:14px;letter-spacing:-.005em}
.icon{all:unset;cursor:pointer;width:28px;height:28px;border-radius:8px;display:grid;place-items:center;color:var(--muted);font-size:18px;line-height:1}
.head .icon[data-action="move"]{font-size:15px}
.icon:hover{background:#f2f4f7;color:var(--text)}
.steps{display:flex;gap:4px;padding:0 12px;border-bottom:1px solid var(--border)}
.step{all:unset;cursor:pointer;display:flex;align-items:center;gap:6px;padding:8px 8px 9px;margin-bottom:-1px;color:var(--muted);
 font-weight:600;font-size:12px;border-bottom:2px solid transparent}
.step .n{width:18px;height:18px;border-radius:50%;display:grid;place-items:center;font-size:11px;background:#f2f4f7;color:var(--muted)}
.step.on{color:var(--accent);border-bottom-color:var(--accent)}
.step.on .n{background:var(--accent);color:#fff}
.step.done .n{background:var(--ok-soft);color:#146c3a}
.body{padding:12px 14px;overflow:auto;display:grid;gap:10px}
.help{margin:0;color:var(--muted)}
.picking{display:flex;align-items:center;gap:8px;padding:7px 10px;border-radius:8px;background:var(--accent-soft);color:var(--accent);font-weight:600;font-size:12px}
.picking::before{content:"";width:8px;height:8px;border-radius:50%;background:var(--accent);animation:pulse 1.2s ease-in-out infinite}
@keyframes pulse{50%{opacity:.3}}
.chip{display:grid;gap:2px;padding:8px 10px;border:1px solid var(--border);border-radius:9px;background:#fcfcfd}
.chip b{font-size:14px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
code,.code{font:11px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted);overflow-wrap:anywhere}
.empty{color:var(--muted);font-style:italic}
.row{display:flex;align-items:center;gap:8px}
.fields{display:grid;gap:6px;margin:0;padding:0;list-style:none}
.field{display:grid;grid-template-columns:150px 1fr 26px;align-items:center;gap:8px;padding:6px 6px 6px 8px;border:1px solid var(--border);border-radius:9px}
.field.todo{border-color:#f5c26b;background:#fffaf0}
.field .val{min-width:0;display:grid}
.field .raw{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-weight:600}
.field .sub{font-size:11px;color:var(--muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
select,input{font:inherit;font-size:12px;color:var(--text);border:1px solid var(--border);border-radius:7px;padding:5px 6px;background:#fff;min-width:0;width:100%}
input.code{font-size:11px;color:var(--text)}
input.bad{border-color:#f97066;background:#fef3f2}
select:focus-visible,input:focus-visible,button:focus-visible{outline:2px solid var(--accent);outline-offset:1px}
button.btn{font:inherit;font-size:12px;font-weight:600;border-radius:8px;border:1px solid var(--border);background:#fff;color:var(--text);padding:6px 12px;cursor:pointer;white-space:nowrap}
button.btn:hover{border-color:#c9ced6;background:#fafbfc}
button.btn.primary{background:var(--accent);border-color:var(--accent);color:#fff}
button.btn.primary:hover{filter:brightness(1.06)}
button.btn:disabled{opacity:.5;cursor:default;filter:none}
.label{font-size:11px;font-weight:650;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
.root:lang(zh-CN) .label{text-transform:none;letter-spacing:.02em}
.preview{background:#f8f9fb;border-top:1px solid var(--border);padding:10px 14px;display:grid;gap:4px;max-height:180px;overflow:auto}
.kv{display:grid;grid-template-columns:132px 1fr;gap:8px;font-size:12px}
.kv span:first-child{color:var(--muted);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.kv span:last-child{min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.kv .miss{color:#b42318}
.kv .sub{color:var(--muted)}
.num{font-variant-numeric:tabular-nums;color:#146c3a;font-weight:600}
.foot{display:flex;align-items:center;gap:8px;padding:10px 14px;border-top:1px solid var(--border)}
.foot .grow{flex:1;min-width:0;font-size:12px}
.ok{color:#146c3a}
.err{color:#b42318}
.box{position:fixed;pointer-events:none;z-index:2147483646;border-radius:4px}
.hover{border:2px solid var(--accent);background:rgba(59,91,219,.10);transition:all .06s ease-out}
.m-name{border:2px solid var(--accent);background:rgba(59,91,219,.06)}
.m-field{border:2px solid var(--ok);background:rgba(18,183,106,.07)}
.m-row{border:1.5px dashed var(--list);background:rgba(122,90,248,.05)}
.tag{position:absolute;left:-2px;top:-20px;height:18px;padding:0 6px;border-radius:4px 4px 4px 0;font:600 11px/18px system-ui,sans-serif;color:#fff;white-space:nowrap;max-width:260px;overflow:hidden;text-overflow:ellipsis}
.hover .tag,.m-name .tag{background:var(--accent)}
.m-field .tag{background:var(--ok)}
.m-row .tag{background:var(--list)}
`;
