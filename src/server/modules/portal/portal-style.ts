/**
 * The portal's one stylesheet, inlined in every page (under 2 kB: one request fewer than a linked file,
 * and nothing blocks the first paint). Mobile first; system fonts (no web font to download).
 */
export const PORTAL_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans TC","PingFang TC","Microsoft JhengHei",sans-serif;color:#1f2933;background:#fff}
a{color:#0b5394}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f59f00;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:8px;z-index:2}
header{background:#0b3d6b;color:#fff;padding:12px 16px}
header a{color:#fff}
.brand{font-weight:700;font-size:1.1rem;text-decoration:none}
.top{display:flex;justify-content:space-between;align-items:center;gap:8px;flex-wrap:wrap}
nav ul{list-style:none;margin:8px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:4px 16px}
nav a{display:inline-block;padding:6px 0}
main{max-width:960px;margin:0 auto;padding:16px}
h1{font-size:1.6rem;line-height:1.3;margin:8px 0 16px}
h2{font-size:1.25rem;margin:24px 0 8px}
.cards{list-style:none;padding:0;display:grid;gap:12px;grid-template-columns:repeat(auto-fill,minmax(260px,1fr))}
.card{border:1px solid #d9e2ec;border-radius:8px;padding:12px}
.card h2,.card h3{font-size:1.05rem;margin:0 0 4px}
.muted{color:#52606d;font-size:.9rem}
.tag{display:inline-block;background:#e6f0fa;color:#0b3d6b;border-radius:4px;padding:0 6px;margin:2px 4px 2px 0;font-size:.85rem}
img{max-width:100%;height:auto;border-radius:6px}
form.search{display:grid;gap:8px;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));align-items:end;background:#f5f7fa;padding:12px;border-radius:8px}
label{display:flex;flex-direction:column;font-size:.9rem}
input,select,button{font:inherit;padding:8px;border:1px solid #7b8794;border-radius:6px;min-height:44px;background:#fff}
button{background:#0b5394;color:#fff;border-color:#0b5394;cursor:pointer}
dl{display:grid;grid-template-columns:minmax(100px,max-content) 1fr;gap:4px 16px}
dt{font-weight:600}dd{margin:0}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #d9e2ec;padding:6px;text-align:left}
.map svg{width:100%;height:auto}.map path{fill:#d9e2ec;stroke:#fff;stroke-width:.5}.map a path{fill:#0b5394}
blockquote{margin:8px 0;padding:8px 12px;border-left:4px solid #0b5394;background:#f5f7fa}
footer{border-top:1px solid #d9e2ec;margin-top:32px;padding:16px;text-align:center;font-size:.9rem;color:#52606d}
`
  .trim()
  .replace(/\n/g, '');
