// Calls to redac's API: JSON in and out; the CSRF token (a readable cookie set at sign-in) is
// echoed on every request that changes something.

export class ApiError extends Error {
  constructor(status, body) {
    const err = (body && body.error) || {};
    super(err.message || `HTTP ${status}`);
    this.status = status;
    this.code = err.code || "";
    this.hint = err.hint || "";
  }
}

function csrf() {
  const m = document.cookie.match(/(?:^|;\s*)redac_csrf=([^;]+)/);
  return m ? decodeURIComponent(m[1]) : "";
}

export async function api(method, path, body) {
  const headers = { accept: "application/json" };
  if (method !== "GET") headers["x-csrf-token"] = csrf();
  if (body !== undefined) headers["content-type"] = "application/json";
  let resp;
  try {
    resp = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  } catch (e) {
    throw new ApiError(0, { error: { message: "network" } });
  }
  const data = await resp.json().catch(() => null);
  if (!resp.ok) throw new ApiError(resp.status, data);
  return data;
}
