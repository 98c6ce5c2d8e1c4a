// The analysis grouped like Yoast's: per panel (SEO, readability) its verdict, then problems,
// improvements and good results, in the words of the report view the server built.
import { h, clear } from "./dom.js";
import { t } from "./i18n.js";

export function renderReport(container, view, { onHighlight } = {}) {
  clear(container);
  container.append(h("h2", { class: "report-title" }, view.title));
  for (const panel of view.panels) {
    const head = h("summary", {},
      h("span", { class: "panel-title" }, panel.title), " ",
      h("span", { class: `verdict ${panel.rating}`, "data-score": panel.score }, `${panel.score_text} · ${panel.verdict}`));
    const body = h("div", { class: "panel-body" });
    for (const group of panel.groups) {
      if (!group.checks.length) continue;
      const items = group.checks.map((c) => {
        const li = h("li", { class: `check ${c.rating}`, "data-check": c.id },
          h("span", { class: "dot", "aria-hidden": "true" }),
          h("span", { class: "sr-only" }, `${t("rating_" + c.rating)} : `),
          h("span", { class: "check-body" }, h("strong", {}, c.label), " — ", c.text));
        if (c.marks && onHighlight) {
          const btn = h("button", { type: "button", class: "mark-btn", "aria-pressed": "false", "data-check": c.id }, c.marks_label);
          btn.addEventListener("click", () => onHighlight(c.id, btn));
          li.append(btn);
        }
        return li;
      });
      const details = h("details", { class: `group group-${group.key}`, open: group.key !== "good" },
        h("summary", {}, `${group.title} (${group.checks.length})`),
        h("ul", { class: "checks" }, items));
      body.append(details);
    }
    container.append(h("details", { class: `panel panel-${panel.key}`, open: true, "data-panel": panel.key }, head, body));
  }
  container.append(h("p", { class: "insights" }, view.insights.map(([k, v]) => (k ? `${k} — ${v}` : v)).join(" · ")));
}

// One highlight at a time: pressing a check's button marks its passages; pressing again clears.
export function highlighter(getMarks, articleEl, getBlocks, highlightFn, clearFn, status) {
  let active = null;
  return (checkId, btn) => {
    for (const b of document.querySelectorAll(".mark-btn[aria-pressed=true]")) b.setAttribute("aria-pressed", "false");
    if (active === checkId) {
      active = null;
      clearFn(articleEl, getBlocks());
      status.textContent = "";
      return;
    }
    active = checkId;
    btn.setAttribute("aria-pressed", "true");
    const marks = getMarks()[checkId] || [];
    highlightFn(articleEl, getBlocks(), marks);
    status.textContent = t("highlighted", { count: marks.length });
  };
}
