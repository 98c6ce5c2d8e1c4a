// The Verify tab: a source and an article → each sentence of the article, supported or not.
import { h, clear, $ } from "./dom.js";
import { api } from "./api.js";
import { t, ui } from "./i18n.js";
import { claim } from "./facts.js";

async function submit(e) {
  e.preventDefault();
  $("vf-error").textContent = "";
  let report;
  try {
    report = await api("POST", "/api/verify", { source: $("vf-source").value, article: $("vf-article").value });
  } catch (err) {
    $("vf-error").textContent = err.status === 0 ? t("error_network") : err.message;
    return;
  }
  const out = clear($("vf-result"));
  out.hidden = false;
  const sentences = report.sentences || [];
  const bad = sentences.filter((s) => s.verdict !== "supported");
  out.append(
    h("p", { class: `summary ${bad.length ? "failed" : "ok"}` }, t("verify_summary", { bad: bad.length, total: sentences.length })),
    h("ul", { class: "claims" }, [...bad, ...sentences.filter((s) => s.verdict === "supported")].map((s) => claim(s, report))),
  );
}

export function initVerify() {
  const available = ui().features.verify;
  $("vf-unavailable").hidden = available;
  $("vf-submit").disabled = !available;
  $("verify-form").addEventListener("submit", submit);
}
