// The search result as an engine would show it: the SEO title cut at its pixel width (the
// analyser's own Arial 20 px metrics, GET /api/title-metrics), the description at its length,
// the slug as a breadcrumb. The editor edits the fields; the preview follows at once and the
// analysis is asked again (onChange).
import { h, clear, debounce } from "./dom.js";
import { api } from "./api.js";
import { t, ui } from "./i18n.js";

let metrics = null;

export async function loadMetrics() {
  if (!metrics) metrics = await api("GET", "/api/title-metrics");
  return metrics;
}

function charWidth(ch) {
  const w = metrics.widths;
  if (ch in w) return w[ch];
  const base = ch.normalize("NFD")[0];
  return base in w ? w[base] : metrics.fallback;
}

export function titleWidth(title) {
  let total = 0;
  for (const ch of title.normalize("NFC")) total += charWidth(ch);
  return Math.round(total * 10) / 10;
}

export function cutTitle(title, maxPx) {
  if (titleWidth(title) <= maxPx) return title;
  const ell = charWidth("…");
  let total = 0;
  let out = "";
  for (const ch of title.normalize("NFC")) {
    const w = charWidth(ch);
    if (total + w + ell > maxPx) break;
    total += w;
    out += ch;
  }
  return out.trimEnd() + " …";
}

export function cutDescription(text, maxChars) {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const space = cut.lastIndexOf(" ");
  return (space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd() + " …";
}

function host(siteUrl) {
  try {
    return new URL(siteUrl).host;
  } catch (e) {
    return t("serp_site");
  }
}

export function snippetEditor(container, initial, onChange, badge = null) {
  const targets = ui().targets;
  const [minPx, maxPx] = targets.title_px;
  const [minChars, maxChars] = targets.description_chars;
  const id = container.id || "serp";
  const fields = { ...initial };
  let mode = window.matchMedia("(max-width: 560px)").matches ? "mobile" : "desktop";

  const crumb = h("div", { class: "serp-crumb" });
  const title = h("div", { class: "serp-title" });
  const desc = h("div", { class: "serp-desc" });
  const card = h("div", { class: `serp-card ${mode}`, "aria-live": "off" }, h("div", { class: "serp-site" }, h("span", { class: "serp-favicon", "aria-hidden": "true" }), crumb), title, desc);
  const views = ["desktop", "mobile"].map((m) =>
    h("button", { type: "button", "aria-pressed": String(m === mode), "data-serp": m, onclick: () => setMode(m) }, t(`serp_${m}`)));

  const titleIn = h("input", { id: `${id}-title`, type: "text", value: fields.title });
  const titleMeter = h("meter", { id: `${id}-title-meter`, min: 0, max: maxPx * 1.2, low: minPx, high: maxPx, optimum: (minPx + maxPx) / 2 });
  const titleNote = h("p", { class: "meter-note", id: `${id}-title-note` });
  const descIn = h("textarea", { id: `${id}-desc`, rows: 3 });
  descIn.value = fields.description;
  const descMeter = h("meter", { id: `${id}-desc-meter`, min: 0, max: maxChars * 1.2, low: minChars, high: maxChars, optimum: (minChars + maxChars) / 2 });
  const descNote = h("p", { class: "meter-note", id: `${id}-desc-note` });
  const slugIn = h("input", { id: `${id}-slug`, type: "text", value: fields.slug, spellcheck: "false" });
  titleIn.setAttribute("aria-describedby", titleNote.id);
  descIn.setAttribute("aria-describedby", descNote.id);

  function draw() {
    const siteHost = host(fields.siteUrl || "");
    crumb.textContent = `${siteHost} › ${fields.slug || ""}`;
    title.textContent = cutTitle(fields.title || "", maxPx);
    desc.textContent = cutDescription(fields.description || "", mode === "mobile" ? minChars : maxChars);
    const w = titleWidth(fields.title || "");
    titleMeter.value = Math.min(w, maxPx * 1.2);
    titleNote.textContent = t("title_meter", { width: w, max: maxPx });
    const n = (fields.description || "").length;
    descMeter.value = Math.min(n, maxChars * 1.2);
    descNote.textContent = t("desc_meter", { length: n, min: minChars, max: maxChars });
  }
  function setMode(m) {
    mode = m;
    card.className = `serp-card ${m}`;
    for (const b of views) b.setAttribute("aria-pressed", String(b.dataset.serp === m));
    draw();
  }
  const changed = debounce(() => onChange({ ...fields }), 350);
  for (const [input, key] of [[titleIn, "title"], [descIn, "description"], [slugIn, "slug"]]) {
    const update = () => {
      if (fields[key] === input.value) return;
      fields[key] = input.value;
      draw();
      changed();
    };
    input.addEventListener("input", update);
    input.addEventListener("change", update);
  }
  clear(container);
  container.append(
    h("h2", {}, t("serp_title")),
    h("div", { class: "serp-grid" },
      h("div", { class: "serp-preview" },
        h("div", { class: "serp-views", role: "group", "aria-label": t("serp_view") }, views),
        card,
        h("p", { class: "hint" }, t("serp_edit")),
        badge),
      h("div", { class: "serp-fields" },
        h("div", { class: "field" }, h("label", { for: titleIn.id }, t("field_seo_title")), titleIn, titleMeter, titleNote),
        h("div", { class: "field" }, h("label", { for: descIn.id }, t("field_description")), descIn, descMeter, descNote),
        h("div", { class: "field" }, h("label", { for: slugIn.id }, t("field_slug")), slugIn))),
  );
  draw();
  return { fields };
}
