// The Analyse tab: any article and its SEO fields → the same report, snippet and highlights.
import { $ } from "./dom.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { showResult } from "./result.js";

async function submit(e) {
  e.preventDefault();
  $("an-error").textContent = "";
  const text = $("an-text").value;
  if (!text.trim()) {
    $("an-error").textContent = t("need_article");
    $("an-text").focus();
    return;
  }
  const base = { text, keyphrase: $("an-key").value.trim(), lang: $("an-lang").value || undefined };
  const fields = { title: $("an-title").value, description: $("an-desc").value, slug: $("an-slug").value };
  let a;
  try {
    a = await api("POST", "/api/analyze", { ...base, ...fields });
  } catch (err) {
    $("an-error").textContent = err.status === 0 ? t("error_network") : err.message;
    return;
  }
  showResult($("an-result"), {
    prefix: "an",
    title: "",
    blocks: a.blocks,
    view: a.view,
    marks: a.marks,
    snippet: { title: a.paper.title, description: a.paper.description, slug: a.paper.slug, siteUrl: "" },
    analyzeBase: { ...base, lang: base.lang || a.lang },
  });
}

export function initAnalyze() {
  $("analyze-form").addEventListener("submit", submit);
}
