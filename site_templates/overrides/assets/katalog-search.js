// Katalog Inovasi search page: a small UI over Pagefind's JS API (pagefind/pagefind.js).
// It loads only what a query needs: no worker, no filter index until the filter panel opens,
// and the result fragments of the results shown. Works under any sub-path: every URL is
// resolved from this script's own location (assets/ sits next to pagefind/ at the site root).
const PAGE_SIZE = 5;
const root = new URL("../", import.meta.url);
const box = document.getElementById("ki-search");

function text(tag, value, cls) {
  const el = document.createElement(tag);
  el.textContent = value;
  if (cls) el.className = cls;
  return el;
}

// Pagefind excerpts are text with <mark> around hits; keep exactly that and nothing else.
function excerpt(html) {
  const out = document.createElement("p");
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && node.tagName === "MARK") {
      out.append(text("mark", node.textContent));
    } else {
      out.append(node.textContent);
    }
  }
  return out;
}

async function start() {
  const form = box.querySelector("form");
  const input = box.querySelector("input[type=search]");
  const status = box.querySelector(".ki-search-ui__status");
  const list = box.querySelector(".ki-search-ui__results");
  const more = box.querySelector(".ki-search-ui__more");
  const panel = box.querySelector(".ki-search-ui__filters");
  const groups = box.querySelector(".ki-search-ui__groups");
  const nojs = document.getElementById("ki-search-nojs");
  if (nojs) nojs.hidden = true;
  panel.hidden = false;

  // Pagefind (loader, wasm, index metadata) is fetched on the first query or filter use, not
  // when the page opens, so merely visiting the search page downloads no index.
  let loading;
  function load() {
    loading ??= (async () => {
      const pagefind = await import(new URL("pagefind/pagefind.js", root).href);
      await pagefind.options({ baseUrl: root.pathname, noWorker: true, excerptLength: 18 });
      await pagefind.init();
      return pagefind;
    })().catch(() => {
      status.textContent = box.dataset.error;
      return null;
    });
    return loading;
  }

  const chosen = {};            // filter name -> Set of values
  let hits = [];
  let shown = 0;
  let run = 0;

  function filters() {
    const out = {};
    for (const [name, values] of Object.entries(chosen)) {
      if (values.size) out[name] = { any: [...values] };
    }
    return out;
  }

  async function showMore(current) {
    const slice = hits.slice(shown, shown + PAGE_SIZE);
    shown += slice.length;
    const data = await Promise.all(slice.map((hit) => hit.data()));
    if (current !== run) return;
    for (const item of data) {
      const li = document.createElement("li");
      li.className = "ki-search-ui__result";
      const link = text("a", item.meta.title || item.url);
      link.href = item.url;
      const heading = document.createElement("h2");
      heading.append(link);
      li.append(heading, excerpt(item.excerpt));
      list.append(li);
    }
    more.hidden = shown >= hits.length;
  }

  async function search() {
    const current = ++run;
    const query = input.value.trim();
    const active = filters();
    const url = new URL(location.href);
    if (query) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    if (!query && !Object.keys(active).length) {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      return;
    }
    status.textContent = box.dataset.loading;
    const pagefind = await load();
    if (!pagefind) return;
    const result = await pagefind.search(query || null, { filters: active });
    if (current !== run || !result) return;
    hits = result.results;
    shown = 0;
    list.replaceChildren();
    await showMore(current);
    if (current !== run) return;
    // Announced once the first results are on the page (tests wait for this too).
    status.textContent = hits.length
      ? box.dataset.count.replace("{count}", String(hits.length))
      : box.dataset.none;
  }

  async function loadFilters() {
    if (groups.childElementCount) return;
    const pagefind = await load();
    if (!pagefind) return;
    const all = await pagefind.filters();
    const order = (box.dataset.filterNames || "").split("|");
    const names = Object.keys(all).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const name of names) {
      const fieldset = document.createElement("fieldset");
      fieldset.append(text("legend", name));
      const values = Object.keys(all[name]).sort((a, b) => a.localeCompare(b, "id", { numeric: true }));
      for (const value of values) {
        const label = document.createElement("label");
        const check = document.createElement("input");
        check.type = "checkbox";
        check.name = name;
        check.value = value;
        check.addEventListener("change", () => {
          chosen[name] = chosen[name] || new Set();
          if (check.checked) chosen[name].add(value); else chosen[name].delete(value);
          search();
        });
        label.append(check, ` ${value} (${all[name][value]})`);
        fieldset.append(label);
      }
      groups.append(fieldset);
    }
  }

  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  more.addEventListener("click", () => showMore(run));
  panel.addEventListener("toggle", () => { if (panel.open) loadFilters(); });

  const query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    search();
  }
}

if (box) start();
