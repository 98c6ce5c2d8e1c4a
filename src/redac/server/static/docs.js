// Starts the Swagger UI shipped by the swagger-ui-bundle package (served by redac: no CDN, and
// no inline script, so the page keeps the same Content-Security-Policy as the rest).
window.addEventListener("DOMContentLoaded", () => {
  window.ui = window.SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
