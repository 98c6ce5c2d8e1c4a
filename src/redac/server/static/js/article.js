// The article as it will read: its blocks as the analyser read them (so that a check's marks
// point at them), each with where it came from (model, source, derived) shown on hover.
import { h, clear } from "./dom.js";
import { t } from "./i18n.js";

const ORIGINS = ["model", "source", "derived"];

export function originLegend() {
  return h("p", { class: "legend" }, t("origin_legend"), " ",
    ORIGINS.map((o) => h("span", { class: `swatch origin-${o}` }, t(`origin_${o}`))));
}

export function renderArticle(container, { title, blocks }) {
  clear(container);
  if (title) container.append(h("h1", { class: "article-title" }, title));
  let list = null;
  blocks.forEach((b, i) => {
    const attrs = { "data-block": i };
    if (b.origin) {
      attrs.class = `origin-${b.origin}`;
      attrs.title = t(`origin_${b.origin}`);
      attrs["data-origin"] = b.origin;
      attrs["data-origin-label"] = t(`origin_${b.origin}`);
    }
    if (b.kind === "item") {
      if (!list) {
        list = h("ul");
        container.append(list);
      }
      list.append(h("li", attrs, shown(b)));
      return;
    }
    list = null;
    if (b.kind === "heading") {
      const level = Math.min(Math.max(b.level || 2, 2), 4);
      container.append(h(`h${level}`, attrs, shown(b)));
    } else {
      container.append(h("p", attrs, shown(b)));
    }
  });
}

// what the reader sees: the text as written (typographic apostrophes, no-break spaces); the
// analyser's ``text`` has the same length, so a mark found in one is at the same place in both
function shown(b) {
  return b.shown && b.shown.length === b.text.length ? b.shown : b.text;
}

function blockText(blocks, i) {
  return blocks[i] ? blocks[i].text : "";
}

function blockShown(blocks, i) {
  return blocks[i] ? shown(blocks[i]) : "";
}

// Highlight ``marks`` ({block, text}); an empty text marks the whole block.
export function highlight(container, blocks, marks) {
  unhighlight(container, blocks);
  const byBlock = new Map();
  for (const m of marks) {
    if (!byBlock.has(m.block)) byBlock.set(m.block, []);
    byBlock.get(m.block).push(m.text || "");
  }
  let first = null;
  for (const [i, texts] of byBlock) {
    const el = container.querySelector(`[data-block="${i}"]`);
    if (!el) continue;
    const text = blockText(blocks, i);
    if (texts.some((s) => !s)) {
      el.classList.add("marked-block");
      first = first || el;
      continue;
    }
    const spans = [];
    let from = 0;
    for (const s of texts) {
      const at = text.indexOf(s, from) >= 0 ? text.indexOf(s, from) : text.indexOf(s);
      if (at >= 0) spans.push([at, at + s.length]);
    }
    spans.sort((a, b) => a[0] - b[0]);
    if (!spans.length) {
      el.classList.add("marked-block");
      first = first || el;
      continue;
    }
    clear(el);
    const seen = blockShown(blocks, i);
    let pos = 0;
    for (const [a, b] of spans) {
      if (a < pos) continue;
      el.append(seen.slice(pos, a), h("mark", {}, seen.slice(a, b)));
      pos = b;
    }
    el.append(seen.slice(pos));
    first = first || el;
  }
  // smooth unless the reader asked the system for less motion
  const calm = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  if (first) first.scrollIntoView({ behavior: calm ? "auto" : "smooth", block: "center" });
  return byBlock.size;
}

export function unhighlight(container, blocks) {
  for (const el of container.querySelectorAll(".marked-block")) el.classList.remove("marked-block");
  for (const el of container.querySelectorAll("[data-block]")) {
    if (el.querySelector("mark")) el.textContent = blockShown(blocks, Number(el.dataset.block));
  }
}
