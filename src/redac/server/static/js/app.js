// redac's page: tabs, interface language, sign-in when the server asks for a token.
import { $ } from "./dom.js";
import { api } from "./api.js";
import { loadLanguage, t, ui, apply } from "./i18n.js";
import { loadMetrics } from "./serp.js";
import { initRewrite } from "./rewrite.js";
import { initAnalyze } from "./analyze.js";
import { initVerify } from "./verify.js";

function selectTab(tab, focus = false) {
  for (const other of document.querySelectorAll("[role=tab]")) {
    const on = other === tab;
    other.setAttribute("aria-selected", String(on));
    other.tabIndex = on ? 0 : -1;
    $(other.getAttribute("aria-controls")).hidden = !on;
  }
  if (focus) tab.focus();
  apply(document);
}

function initTabs() {
  const tabs = [...document.querySelectorAll("[role=tab]")];
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => selectTab(tab));
    tab.addEventListener("keydown", (e) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
      if (step) selectTab(tabs[(i + step + tabs.length) % tabs.length], true);
    });
  });
}

async function setLanguage(lang) {
  await loadLanguage(lang);
  localStorage.setItem("redac-ui-lang", lang);
  for (const b of document.querySelectorAll("[data-ui-lang]")) b.setAttribute("aria-pressed", String(b.dataset.uiLang === lang));
  const auto = document.querySelector('#rw-engine option[value="auto"]');
  auto.textContent = t("engine_auto", { engine: t(`engine_${ui().auto_engine}`) });
}

async function signIn() {
  const session = await api("GET", "/api/session");
  if (!session.required || session.ok) return;
  const dialog = $("login");
  dialog.showModal();
  await new Promise((resolve) => {
    $("login-form").addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        await api("POST", "/api/session", { token: $("login-token").value });
        dialog.close();
        resolve();
      } catch (err) {
        $("login-error").textContent = t("login_wrong");
      }
    });
  });
}

async function main() {
  const lang = localStorage.getItem("redac-ui-lang") || "fr";
  await setLanguage(lang);
  for (const b of document.querySelectorAll("[data-ui-lang]")) b.addEventListener("click", () => setLanguage(b.dataset.uiLang));
  initTabs();
  await signIn();
  await loadMetrics();
  initRewrite();
  initAnalyze();
  initVerify();
  document.body.dataset.ready = "true";
}

main();
