"""The HTTP API against a real uvicorn on loopback (``redac serve`` in a subprocess)."""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from tests.server.live import EXAMPLE, LiveServer, wait_done

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    # --allow-private: the cancel test fetches its article from a slow server on loopback
    s = LiveServer(
        Path(tmp_path_factory.mktemp("serve")), "--workers", "1", "--allow-private"
    ).start()
    yield s
    s.stop()


@pytest.fixture(scope="module")
def slow_source() -> Iterator[str]:
    """An article served on loopback after a delay: long enough to cancel a running job."""

    class Slow(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(1.5)
            body = EXAMPLE.encode()
            self.send_response(200)
            self.send_header("content-type", "text/plain; charset=utf-8")
            self.send_header("content-length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/article.txt"
    httpd.shutdown()


def test_submit_poll_result_is_the_cli_json(server: LiveServer) -> None:
    with server.client() as c:
        r = c.post("/api/rewrite", json={"text": EXAMPLE, "engine": "offline", "min_words": 500})
        assert r.status_code == 202
        body = r.json()
        assert set(body) == {"id", "status"} and body["status"] == "queued"
        job = wait_done(c, body["id"])
    assert job["status"] == "done" and job["error"] is None
    result = job["result"]
    # the payload of `redac rewrite --format json`
    assert set(result) == {"article", "markdown", "html", "report", "source", "usage"}
    assert result["article"]["word_count"] >= 500 and result["article"]["lang"] == "fr"
    assert result["report"]["ok"] is True
    assert "marks" in result["report"]  # additive: the passages each check is about
    review = job["review"]
    assert [p["key"] for p in review["view"]["panels"]] == ["seo", "readability"]
    assert {b["origin"] for b in review["blocks"]} <= {"model", "source", "derived"}
    assert all(f["sentence"] for f in review["facts"]["facts"])


def test_exports_are_downloads(server: LiveServer) -> None:
    with server.client() as c:
        job = wait_done(c, c.post("/api/rewrite", json={"text": EXAMPLE}).json()["id"])
        slug = job["result"]["article"]["slug"]
        md = c.get(f"/api/jobs/{job['id']}/export/md")
        page = c.get(f"/api/jobs/{job['id']}/export/html")
        js = c.get(f"/api/jobs/{job['id']}/export/json")
    assert md.status_code == page.status_code == js.status_code == 200
    assert f'filename="{slug}.md"' in md.headers["content-disposition"]
    assert md.text.startswith("---")  # front matter
    assert page.text.lstrip().lower().startswith("<!doctype html")
    assert json.loads(js.text)["article"]["slug"] == slug


def test_server_sent_events_follow_the_stages(server: LiveServer) -> None:
    with server.client() as c:
        job_id = c.post("/api/rewrite", json={"text": EXAMPLE}).json()["id"]
        events: list[tuple[str, dict]] = []
        with c.stream("GET", f"/api/jobs/{job_id}/events") as resp:
            assert resp.headers["content-type"].startswith("text/event-stream")
            kind = ""
            for line in resp.iter_lines():
                if line.startswith("event: "):
                    kind = line[7:]
                elif line.startswith("data: "):
                    events.append((kind, json.loads(line[6:])))
                    if kind == "end":
                        break
    stages = [(d["stage"], d["done"]) for k, d in events if k == "stage"]
    assert stages[0] == ("facts", False)
    assert [s for s, done in stages if done] == ["facts", "plan", "write", "report"]
    assert events[-1] == ("end", {"status": "done", "error": None})


def test_events_resume_after_the_last_id(server: LiveServer) -> None:
    with server.client() as c:
        job_id = c.post("/api/rewrite", json={"text": EXAMPLE}).json()["id"]
        wait_done(c, job_id)
        text = c.get(f"/api/jobs/{job_id}/events", headers={"Last-Event-ID": "6"}).text
    ids = [int(line[4:]) for line in text.splitlines() if line.startswith("id: ")]
    assert ids and min(ids) == 7


def test_cancel_a_running_job(server: LiveServer, slow_source: str) -> None:
    with server.client() as c:
        job_id = c.post("/api/rewrite", json={"url": slow_source}).json()["id"]
        deadline = time.monotonic() + 30
        while c.get(f"/api/jobs/{job_id}").json()["status"] != "running":
            assert time.monotonic() < deadline
            time.sleep(0.05)
        r = c.delete(f"/api/jobs/{job_id}")
        assert r.status_code == 200 and r.json()["status"] == "running"
        job = wait_done(c, job_id)
    assert job["status"] == "failed" and job["error"]["code"] == "E300"


def test_cancel_a_queued_job(server: LiveServer, slow_source: str) -> None:
    with server.client() as c:
        first = c.post("/api/rewrite", json={"url": slow_source}).json()["id"]
        queued = c.post("/api/rewrite", json={"text": EXAMPLE}).json()["id"]  # one worker: waits
        r = c.delete(f"/api/jobs/{queued}")
        assert r.json()["status"] == "failed"
        assert c.get(f"/api/jobs/{queued}").json()["error"]["code"] == "E300"
        assert wait_done(c, first)["status"] == "done"  # the other job goes on
        assert c.get(f"/api/jobs/{queued}").json()["result"] is None


def test_bad_requests_are_clear(server: LiveServer) -> None:
    with server.client() as c:
        both = c.post("/api/rewrite", json={"text": "a", "url": "https://example.org"})
        none = c.post("/api/rewrite", json={})
        bad_opt = c.post("/api/rewrite", json={"text": EXAMPLE, "min_words": -3})
        bad_lang = c.post("/api/rewrite", json={"text": EXAMPLE, "lang": "xx"})
        unknown = c.post("/api/rewrite", json={"text": EXAMPLE, "temperature": 2})
        form = c.post("/api/rewrite", data={"text": EXAMPLE})
        missing = c.get("/api/jobs/nope")
    for r in (both, none, bad_opt, bad_lang, unknown):
        assert r.status_code == 400, r.text
        assert set(r.json()["error"]) >= {"code", "message"}
    assert form.status_code == 415
    assert missing.status_code == 404


def test_empty_source_fails_the_job_with_its_code(server: LiveServer) -> None:
    with server.client() as c:
        job = wait_done(c, c.post("/api/rewrite", json={"text": "   \n\n  "}).json()["id"])
    assert job["status"] == "failed" and job["error"]["code"].startswith("E1")


def test_request_size_is_limited(server: LiveServer) -> None:
    with server.client() as c:
        big = c.post("/api/analyze", json={"text": "mot " * 1_500_000})
    assert big.status_code == 413


def test_analyze_is_synchronous_and_grouped(server: LiveServer) -> None:
    with server.client() as c:
        r = c.post("/api/analyze", json={"text": EXAMPLE, "keyphrase": "Biélorussie"})
    assert r.status_code == 200
    a = r.json()
    assert a["seo"]["score"] > 0 and a["readability"]["assessments"]  # the CLI's JSON
    groups = [g["key"] for g in a["view"]["panels"][0]["groups"]]
    assert groups == ["problems", "improvements", "good"]
    texts = [c["text"] for p in a["view"]["panels"] for g in p["groups"] for c in g["checks"]]
    assert any("," in t and "%" in t for t in texts)  # « 1,62 % », French decimals
    assert not any("." in t.split("%")[0][-4:] for t in texts if "%" in t)
    # marks point at sentences of the analysed blocks
    for m in a["marks"]["sentence_length"]:
        assert m["text"] in a["blocks"][m["block"]]["text"]


def test_verify_endpoint(server: LiveServer) -> None:
    changed = EXAMPLE.replace("étaient favorables", "s'opposaient")
    with server.client() as c:
        assert c.get("/healthz").json()["features"]["verify"] is True
        same = c.post("/api/verify", json={"source": EXAMPLE, "article": EXAMPLE})
        bad = c.post("/api/verify", json={"source": EXAMPLE, "article": changed})
    assert same.status_code == 200 and same.json()["ok"] is True
    body = bad.json()
    assert bad.status_code == 200 and body["ok"] is False
    flagged = [s for s in body["sentences"] if s["verdict"] == "unsupported"]
    assert len(flagged) == 1 and "s'opposaient" in flagged[0]["text"]


def test_headers_forbid_inline_scripts(server: LiveServer) -> None:
    with server.client() as c:
        page = c.get("/")
        docs = c.get("/docs")
        bundle = c.get("/docs/assets/swagger-ui-bundle.js")
        schema = c.get("/openapi.json")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self';" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert "script-src 'self';" in docs.headers["content-security-policy"]
    assert page.headers["x-content-type-options"] == "nosniff"
    assert bundle.status_code == 200 and len(bundle.content) > 100_000  # served here, no CDN
    assert "/api/rewrite" in schema.json()["paths"]


def test_static_assets_load_nothing_from_elsewhere() -> None:
    static = Path(__file__).resolve().parents[2] / "src" / "redac" / "server" / "static"
    for f in static.rglob("*"):
        if f.suffix in (".html", ".js", ".css"):
            text = f.read_text(encoding="utf-8")
            assert "http://" not in text and "//cdn" not in text, f
            if f.suffix == ".html":  # every script is a file of ours
                tags = re.findall(r"<script\b[^>]*>", text)
                assert all(' src="/' in tag for tag in tags), f
            if f.suffix == ".js":  # no HTML string is ever parsed into the page
                for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"):
                    assert sink not in text, (f, sink)


def test_host_and_origin_are_checked(server: LiveServer) -> None:
    with server.client() as c:
        rebound = c.get("/healthz", headers={"host": "attacker.example"})
        cross = c.post(
            "/api/analyze", json={"text": EXAMPLE}, headers={"origin": "https://attacker.example"}
        )
    assert rebound.status_code == 421
    assert cross.status_code == 403


def test_full_queue_answers_429_and_the_url_guard_holds(tmp_path: Path) -> None:
    s = LiveServer(tmp_path, "--workers", "1", "--max-queue", "1").start()
    try:
        with s.client() as c:
            codes = [c.post("/api/rewrite", json={"text": EXAMPLE}) for _ in range(4)]
            assert codes[0].status_code == 202
            full = [r for r in codes if r.status_code == 429]
            assert full, [r.status_code for r in codes]
            assert int(full[0].headers["retry-after"]) >= 1
            wait_done(c, codes[0].json()["id"])
            # the CLI's URL guard: no loopback or private host without --allow-private
            job = wait_done(
                c, c.post("/api/rewrite", json={"url": s.url + "/healthz"}).json()["id"]
            )
            assert job["status"] == "failed" and job["error"]["code"] == "E111"
    finally:
        s.stop()


def test_restart_keeps_finished_jobs_and_resumes_queued_ones(tmp_path: Path) -> None:
    from redac.server.store import JobStore

    s = LiveServer(tmp_path, "--workers", "1").start()
    try:
        with s.client() as c:
            done = wait_done(c, c.post("/api/rewrite", json={"text": EXAMPLE}).json()["id"])
    finally:
        s.stop()
    # a job left queued while the server was down (as a crash would leave it)
    waiting = JobStore(tmp_path / "jobs.sqlite3").create({"text": EXAMPLE}, "offline", 10)
    assert waiting is not None
    s2 = LiveServer(tmp_path, "--workers", "1").start()
    try:
        with s2.client() as c:
            again = c.get(f"/api/jobs/{done['id']}").json()
            resumed = wait_done(c, waiting)
    finally:
        s2.stop()
    assert again["status"] == "done" and again["result"] == done["result"]
    assert resumed["status"] == "done"


def test_a_public_address_needs_a_token(tmp_path: Path) -> None:
    from tests.cli_helpers import run

    r = run("serve", "--host", "0.0.0.0", "--port", "1", "--data", str(tmp_path))
    assert r.returncode == 2
    assert "refusing to listen on 0.0.0.0 without a token" in r.stderr
    assert "Traceback" not in r.stderr


def test_token_bearer_and_page_session(tmp_path: Path) -> None:
    token = "s3cret-token-for-tests"
    s = LiveServer(tmp_path, "--workers", "1", token=token).start()
    try:
        anon = httpx.Client(base_url=s.url, timeout=30)
        assert anon.get("/api/jobs/x").status_code == 401
        assert anon.post("/api/analyze", json={"text": EXAMPLE}).status_code == 401
        wrong = anon.post(
            "/api/analyze", json={"text": EXAMPLE}, headers={"authorization": "Bearer nope"}
        )
        assert wrong.status_code == 401
        assert anon.get("/healthz").status_code == 200  # no secret there
        with s.client() as c:  # Authorization: Bearer
            assert c.post("/api/analyze", json={"text": EXAMPLE}).status_code == 200
        # the page: the token once, then an HttpOnly session cookie and a CSRF token
        assert anon.post("/api/session", json={"token": "nope"}).status_code == 401
        login = anon.post("/api/session", json={"token": token})
        assert login.status_code == 200
        cookies = login.headers.get_list("set-cookie")
        session = next(h for h in cookies if h.startswith("redac_session="))
        assert "HttpOnly" in session and "SameSite=strict" in session
        assert token not in session
        csrf = anon.cookies["redac_csrf"]
        assert anon.get("/api/jobs/x").status_code == 404  # reads: the cookie is enough
        no_csrf = anon.post("/api/analyze", json={"text": EXAMPLE})
        assert no_csrf.status_code == 401  # a post without the CSRF token is refused
        ok = anon.post("/api/analyze", json={"text": EXAMPLE}, headers={"x-csrf-token": csrf})
        assert ok.status_code == 200
        anon.close()
    finally:
        s.stop()


def test_llm_jobs_run_in_threads_and_say_what_failed(tmp_path: Path) -> None:
    # a model configured by the environment, on a port where nothing answers: the job runs in
    # the LLM threads, the model writes nothing, the article is the offline engine's and the
    # report says so (never "llm" for an article no model wrote)
    (tmp_path / "redac.toml").write_text("[llm]\nmax_retries = 0\ntimeout = 2\n")
    env = {"REDAC_BASE_URL": "http://127.0.0.1:9/v1", "REDAC_MODEL": "absent"}
    s = LiveServer(tmp_path, "--workers", "1", env=env).start()
    try:
        with s.client() as c:
            assert c.get("/healthz").json()["auto_engine"] == "llm"  # auto resolved at start
            body = {"text": EXAMPLE, "engine": "auto", "min_words": 300}
            job = wait_done(c, c.post("/api/rewrite", json=body).json()["id"])
    finally:
        s.stop()
    assert job["status"] == "done"
    report = job["result"]["report"]
    assert job["result"]["article"]["engine"] == "offline"
    assert report["provenance"]["model"] == 0 and report["fallback"]
