// The facts panel: what the source states, kept or lost, each with its source sentence; what
// the article states that the source does not; and, when redac verify is installed, the
// article's sentences the source does not support.
import { h, clear } from "./dom.js";
import { t } from "./i18n.js";

function fact(f, where) {
  return h("li", { class: `fact ${f.status || "invented"}` },
    h("span", { class: "kind" }, t(`fact_${f.kind}`) || f.kind), " ",
    h("strong", {}, f.text),
    f.sentence ? h("blockquote", {}, h("span", { class: "where" }, t(where), " "), f.sentence) : null);
}

export function renderFacts(container, facts, claims, verifyAvailable) {
  clear(container);
  const all = facts.facts || [];
  const lost = all.filter((f) => f.status === "lost");
  const kept = all.filter((f) => f.status === "kept");
  const invented = facts.invented || [];
  container.append(
    h("h2", {}, t("facts_title")),
    h("p", { class: "facts-summary" }, t("facts_summary", { kept: kept.length, total: all.length, lost: lost.length, invented: invented.length })),
    h("h3", {}, `${t("facts_lost")} (${lost.length})`),
    lost.length ? h("ul", { class: "facts" }, lost.map((f) => fact(f, "fact_in_source"))) : h("p", { class: "ok" }, t("facts_none_lost")),
    h("h3", {}, `${t("facts_invented")} (${invented.length})`),
    invented.length ? h("ul", { class: "facts" }, invented.map((f) => fact(f, "fact_in_article"))) : h("p", { class: "ok" }, t("facts_none_invented")),
    h("details", { class: "kept" }, h("summary", {}, `${t("facts_kept")} (${kept.length})`), h("ul", { class: "facts" }, kept.map((f) => fact(f, "fact_in_source")))),
    h("h3", {}, t("claims_title")),
    renderClaims(claims, verifyAvailable),
  );
}

export function renderClaims(claims, verifyAvailable) {
  if (!claims) return h("p", { class: "note" }, t(verifyAvailable ? "claims_none" : "claims_unavailable"));
  const bad = (claims.sentences || []).filter((s) => s.verdict !== "supported");
  if (!bad.length) return h("p", { class: "ok" }, t("claims_none"));
  return h("ul", { class: "claims" }, bad.map((s) => claim(s, claims)));
}

export function claim(s, report) {
  const sources = (s.sources || []).map((i) => (report.source_sentences || [])[i]).filter(Boolean);
  return h("li", { class: `claim ${s.verdict}` },
    h("span", { class: `badge ${s.verdict}` }, t(`verdict_${s.verdict}`)), " ", s.text,
    s.reasons && s.reasons.length ? h("p", { class: "reasons" }, `${t("verify_reasons")} ${s.reasons.join(", ")}`) : null,
    sources.map((src) => h("blockquote", {}, h("span", { class: "where" }, t("fact_in_source"), " "), typeof src === "string" ? src : src.text || "")));
}
