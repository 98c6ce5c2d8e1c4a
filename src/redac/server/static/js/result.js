// One result layout for the Rewrite and Analyse tabs: the article with its provenance, the
// snippet preview that re-scores on each change, the grouped analysis, and (for a rewrite)
// the facts panel and the downloads.
import { h, clear } from "./dom.js";
import { api } from "./api.js";
import { t, ui } from "./i18n.js";
import { renderArticle, originLegend, highlight, unhighlight } from "./article.js";
import { renderReport, highlighter } from "./report.js";
import { snippetEditor } from "./serp.js";
import { renderFacts } from "./facts.js";

export function showResult(container, data) {
  // data: {prefix, title, blocks, view, marks, body, analyzeBase, snippet, facts?, claims?, job?, summary?}
  clear(container);
  container.hidden = false;
  let marks = data.marks || {};
  const blocks = data.blocks;
  const articleEl = h("div", { class: "article", id: `${data.prefix}-article` });
  const status = h("p", { class: "sr-status", role: "status", "aria-live": "polite" });
  const reportEl = h("section", { class: "report", id: `${data.prefix}-report`, "aria-live": "polite" });
  const serpEl = h("section", { class: "serp", id: `${data.prefix}-serp` });
  const onHighlight = highlighter(() => marks, articleEl, () => blocks, highlight, unhighlight, status);

  const articleCol = h("section", { class: "article-col", "aria-labelledby": `${data.prefix}-article-h` },
    h("h2", { id: `${data.prefix}-article-h`, class: "col-title" }, t("result_article")));
  if (data.job) articleCol.append(downloads(data.job, data.body));
  if (data.summary) articleCol.append(data.summary);
  if (blocks.some((b) => b.origin)) articleCol.append(originLegend());
  articleCol.append(status, articleEl);
  const side = h("div", { class: "side-col" }, reportEl);
  if (data.facts) {
    const factsEl = h("section", { class: "facts-panel", id: `${data.prefix}-facts` });
    renderFacts(factsEl, data.facts, data.claims, ui().features.verify);
    side.append(factsEl);
  }
  container.append(serpEl, h("div", { class: "result-grid" }, articleCol, side));
  renderArticle(articleEl, { title: data.title, blocks });
  renderReport(reportEl, data.view, { onHighlight });

  const badge = h("p", { class: "serp-score" });
  const showScore = (view) => {
    clear(badge);
    for (const p of view.panels) {
      badge.append(h("span", {}, `${p.title} `), h("span", { class: `verdict ${p.rating}` }, `${p.score_text} · ${p.verdict}`), " ");
    }
  };
  let asked = 0; // only the answer to the latest edit is shown
  const rescore = async (fields) => {
    const n = ++asked;
    status.textContent = t("rescoring");
    reportEl.setAttribute("aria-busy", "true");
    try {
      const a = await api("POST", "/api/analyze", {
        ...data.analyzeBase,
        title: fields.title,
        description: fields.description,
        slug: fields.slug,
        permalink: data.analyzeBase.site_url ? `${data.analyzeBase.site_url.replace(/\/$/, "")}/${fields.slug}` : "",
        site_url: undefined,
      });
      if (n !== asked) return;
      marks = a.marks || {};
      renderReport(reportEl, a.view, { onHighlight });
      showScore(a.view);
      status.textContent = t("rescored");
    } catch (e) {
      status.textContent = e.message;
    } finally {
      reportEl.removeAttribute("aria-busy");
    }
  };
  snippetEditor(serpEl, data.snippet, rescore, badge);
  showScore(data.view);
  return { articleEl, reportEl };
}

function downloads(jobId, bodyHtml) {
  const copied = h("span", { class: "sr-status", role: "status", "aria-live": "polite" });
  const copy = h("button", { type: "button", id: "copy-html" }, t("copy_html"));
  copy.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(bodyHtml);
    } catch (e) {
      const area = h("textarea", { class: "offscreen", "aria-hidden": "true" });
      area.value = bodyHtml;
      document.body.append(area);
      area.select();
      document.execCommand("copy");
      area.remove();
    }
    copied.textContent = t("copied");
  });
  const link = (fmt) => h("a", { class: "button", href: `/api/jobs/${encodeURIComponent(jobId)}/export/${fmt}`, download: "" }, t(`download_${fmt}`));
  return h("div", { class: "toolbar", role: "group", "aria-label": t("downloads") },
    h("span", { class: "toolbar-label" }, t("downloads")), link("md"), link("html"), link("json"), copy, copied);
}
