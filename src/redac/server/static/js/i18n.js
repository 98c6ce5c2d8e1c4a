// The page's words come from the language packages (GET /api/ui), like the report's labels.
import { api } from "./api.js";

const state = { lang: "fr", page: {}, labels: {}, number: { decimal: ",", thousands: "\u202f" }, ui: null };

export function formatNumber(value, number = state.number) {
  if (typeof value !== "number" || !isFinite(value)) return String(value);
  const fixed = Number.isInteger(value) ? String(Math.abs(value)) : Math.abs(value).toFixed(2).replace(/0+$/, "").replace(/\.$/, "");
  const [int, dec] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, number.thousands);
  return (value < 0 ? "-" : "") + grouped + (dec ? number.decimal + dec : "");
}

export function t(key, vars = {}) {
  let text = state.page[key] ?? state.labels[key] ?? key;
  for (const [k, v] of Object.entries(vars)) {
    text = text.replaceAll(`{${k}}`, typeof v === "number" ? formatNumber(v) : String(v));
  }
  return text;
}

export function ui() {
  return state.ui;
}

export function currentLang() {
  return state.lang;
}

export async function loadLanguage(lang) {
  const data = await api("GET", `/api/ui?lang=${encodeURIComponent(lang)}`);
  Object.assign(state, { lang, page: data.page, labels: data.labels, number: data.number, ui: data });
  document.documentElement.lang = lang;
  apply(document);
  return data;
}

export function apply(root) {
  for (const el of root.querySelectorAll("[data-i18n]")) {
    const vars = el.dataset.i18nVars ? JSON.parse(el.dataset.i18nVars) : {};
    el.textContent = t(el.dataset.i18n, vars);
  }
  for (const el of root.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  for (const el of root.querySelectorAll("[data-i18n-aria-label]")) el.setAttribute("aria-label", t(el.dataset.i18nAriaLabel));
  document.title = `${t("app_name")} — ${t("tab_" + (document.querySelector('[role=tab][aria-selected=true]')?.id.slice(4) || "rewrite"))}`;
}
