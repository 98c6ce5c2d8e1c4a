// The Rewrite tab: a dispatch in (pasted, by address, or as a file), a job on the server, its
// progress from the server-sent events, and the result.
import { h, $ } from "./dom.js";
import { api } from "./api.js";
import { t } from "./i18n.js";
import { showResult } from "./result.js";

const STAGE_RANGE = { facts: [0, 15], plan: [15, 25], write: [25, 85], check: [85, 90], report: [90, 100] };
let file = null; // {name, text, html: bool}
let current = null; // {id, source: EventSource}

function setProgress(value, text) {
  $("rw-bar").value = value;
  $("rw-status").textContent = text;
}

function onEvent(ev) {
  const [lo, hi] = STAGE_RANGE[ev.stage] || [0, 0];
  if (ev.kind === "stage") {
    setProgress(ev.done ? hi : lo, t(`stage_${ev.stage}`));
  } else if (ev.kind === "section" && ev.total) {
    const [a, b] = STAGE_RANGE.write;
    setProgress(a + ((b - a) * (ev.index - 1)) / ev.total, t("stage_section", { index: ev.index, total: ev.total }));
  } else if (ev.kind === "tokens") {
    $("rw-status").textContent = `${t("stage_write")} ${t("stage_tokens", { tokens: ev.tokens })}`;
  }
}

function busy(on) {
  $("rw-submit").disabled = on;
  $("rw-cancel").hidden = !on;
  $("rw-progress").hidden = false;
  $("rewrite-form").setAttribute("aria-busy", String(on));
}

function request() {
  const body = {
    lang: $("rw-lang").value || undefined,
    min_words: Number($("rw-min").value || 700),
    keyphrase: $("rw-key").value.trim() || undefined,
    engine: $("rw-engine").value,
    faq: $("rw-faq").checked,
  };
  const text = $("rw-text").value.trim();
  const url = $("rw-url").value.trim();
  if (text) body.text = text;
  else if (url) body.url = url;
  else if (file) body[file.html ? "html" : "text"] = file.text;
  else return null;
  return body;
}

async function finished(id) {
  const job = await api("GET", `/api/jobs/${id}`);
  busy(false);
  if (job.status !== "done") {
    const err = job.error || {};
    setProgress(0, err.code === "E300" ? t("stage_cancelled") : t("stage_failed", { message: err.message || "?" }));
    if (err.code !== "E300") $("rw-error").textContent = err.hint ? `${err.message} — ${err.hint}` : err.message || "";
    return;
  }
  setProgress(100, t("stage_done"));
  render(job);
}

export function render(job) {
  const r = job.result;
  const a = r.article;
  const failed = r.report.constraints.filter((c) => c.hard && !c.ok).map((c) => c.id);
  const summary = h("div", { class: `summary ${failed.length ? "failed" : "ok"}` },
    t("engine_used", { engine: t(`engine_${a.engine}`) }), " · ", t("words", { words: a.word_count }), " · ",
    failed.length ? t("constraints_failed", { list: failed.map((id) => t(`constraint_${id}`)).join(", ") }) : t("constraints_ok"));
  const notes = r.report.notes || [];
  if (notes.length) {
    summary.append(h("details", { class: "notes" }, h("summary", {}, t("notes", { count: notes.length })),
      h("ul", {}, notes.map((n) => h("li", {}, n.text)))));
  }
  showResult($("rw-result"), {
    prefix: "rw",
    title: a.title,
    blocks: job.review.blocks,
    view: job.review.view,
    marks: r.report.marks || {},
    body: r.html,
    job: job.id,
    summary,
    facts: job.review.facts,
    claims: job.review.claims,
    snippet: { title: a.seo_title, description: a.meta_description, slug: a.slug, siteUrl: job.review.site_url || "" },
    analyzeBase: { text: r.html, format: "html", keyphrase: a.keyphrase, synonyms: a.synonyms.join(", "), lang: a.lang, site_url: job.review.site_url || "" },
  });
  const head = $("rw-result").querySelector("h2");
  head.tabIndex = -1;
  head.focus({ preventScroll: true });
  head.scrollIntoView({ block: "start" });
}

async function submit(e) {
  e.preventDefault();
  $("rw-error").textContent = "";
  const body = request();
  if (!body) {
    $("rw-error").textContent = t("need_source");
    $("rw-text").focus();
    return;
  }
  busy(true);
  $("rw-result").hidden = true;
  setProgress(2, t("stage_queued"));
  let job;
  try {
    job = await api("POST", "/api/rewrite", body);
  } catch (err) {
    busy(false);
    setProgress(0, "");
    $("rw-error").textContent = err.status === 0 ? t("error_network") : err.hint ? `${err.message} — ${err.hint}` : err.message;
    return;
  }
  const source = new EventSource(`/api/jobs/${job.id}/events`);
  current = { id: job.id, source };
  for (const kind of ["stage", "section", "tokens", "note"]) {
    source.addEventListener(kind, (m) => onEvent(JSON.parse(m.data)));
  }
  source.addEventListener("end", () => {
    source.close();
    current = null;
    finished(job.id);
  });
}

async function cancel() {
  if (!current) return;
  try {
    await api("DELETE", `/api/jobs/${current.id}`);
  } catch (err) {
    $("rw-error").textContent = err.message;
  }
}

function readFile(f) {
  const reader = new FileReader();
  reader.onload = () => {
    file = { name: f.name, text: String(reader.result), html: /\.html?$/i.test(f.name) };
    $("rw-file-name").textContent = t("file_loaded", { name: f.name });
  };
  reader.readAsText(f);
}

export function initRewrite() {
  $("rewrite-form").addEventListener("submit", submit);
  $("rw-cancel").addEventListener("click", cancel);
  $("rw-file").addEventListener("change", (e) => e.target.files[0] && readFile(e.target.files[0]));
  const drop = $("rw-drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    if (e.dataTransfer.files[0]) readFile(e.dataTransfer.files[0]);
  });
}
