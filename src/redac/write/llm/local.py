"""``--engine local``: redac starts llama.cpp itself (the ``xllamacpp`` package) on loopback."""

from __future__ import annotations

import fcntl
import os
import socket
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from redac.errors import ChatTemplateError, ConfigurationError
from redac.write.llm.gguf import GGUFInfo, file_hash, read_info
from redac.write.llm.settings import LLMSettings


def check_chat_model(settings: LLMSettings) -> GGUFInfo:
    """The file's metadata, once it is known to be a model that can chat: one with a chat
    template that is not a base model, or any model when ``chat_template`` names a template."""
    path = Path(settings.model_path)
    if not path.is_file():
        raise ConfigurationError(
            f"no GGUF model at {settings.model_path!r}", hint="--model-path FILE.gguf"
        )
    info = read_info(path)
    if settings.chat_template:
        template_text(settings.chat_template)  # a file that cannot be read is an error now
        return info
    why = (
        "it has no chat template (tokenizer.chat_template), so it was not trained to chat"
        if not info.chat_template
        else info.base_model_reason()
    )
    if why:
        raise ChatTemplateError(
            f"{path.name} ({info.name}) cannot follow instructions: {why}; a base model "
            "continues the prompt instead of answering it",
            hint="use an instruction-tuned GGUF (its name says -it, -instruct or -chat), or, "
            "if this one can chat, name its template: --chat-template NAME|FILE "
            "(a llama.cpp template name such as chatml or gemma, or a Jinja file)",
        )
    return info


def template_text(value: str) -> str:
    """``--chat-template``: the content of a Jinja file, or a llama.cpp template name."""
    p = Path(value).expanduser()
    if p.suffix in (".jinja", ".j2", ".txt") or os.sep in value:
        try:
            return p.read_text(encoding="utf-8")
        except OSError as e:
            raise ConfigurationError(
                f"cannot read the chat template {value}: {e.strerror}",
                hint="--chat-template takes a template name (chatml, gemma…) or a Jinja file",
            ) from None
    return value


def model_identity(settings: LLMSettings, info: GGUFInfo) -> str:
    """What the reply cache knows the model by: its file's content and its chat template."""
    digest = file_hash(settings.model_path, settings.cache_dir)
    template = template_text(settings.chat_template) if settings.chat_template else ""
    return f"gguf:{digest}" + (f"+template:{template}" if template else "")


def physical_cores() -> int:
    """The cores this process may run on, without hyper-threading's siblings: llama.cpp runs
    best with one thread per physical core, and slower with more."""
    try:
        allowed = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        allowed = os.cpu_count() or 1
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return allowed
    cores, physical = set(), ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "physical id":
            physical = value.strip()
        elif key == "core id":
            cores.add((physical, value.strip()))
    return max(1, min(allowed, len(cores) or allowed))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class LocalServer:
    """A llama.cpp server in this process, on 127.0.0.1, for as long as the ``with`` lasts."""

    def __init__(self, settings: LLMSettings) -> None:
        path = Path(settings.model_path)
        if not settings.model_path or not path.is_file():
            raise ConfigurationError(
                f"no GGUF model at {settings.model_path!r}", hint="--model-path FILE.gguf"
            )
        self.settings = settings
        self.path = path
        self.port = free_port()
        self._server: Any = None
        self._saved_stderr: int | None = None
        logs = Path(settings.cache_dir) if settings.cache_dir else Path(tempfile.gettempdir())
        self.log_path = logs / "llama-server.log"

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> LocalServer:
        try:
            import xllamacpp
        except ImportError:
            raise ConfigurationError(
                "the local engine needs xllamacpp", hint="pip install 'redac[local]'"
            ) from None
        p = xllamacpp.CommonParams()
        p.model.path = str(self.path)
        p.port = self.port
        p.n_ctx = self.settings.context
        threads = self.settings.threads or physical_cores()
        if self.settings.chat_template:
            text = template_text(self.settings.chat_template)
            p.chat_template = text
            # a name (chatml, gemma…) is one of llama.cpp's built-in templates, which its Jinja
            # engine would read as a literal text: those go through the built-in formatter
            p.use_jinja = text != self.settings.chat_template
        p.cpuparams.n_threads = threads
        p.cpuparams_batch.n_threads = threads
        p.n_parallel = 1
        p.warmup = False
        # llama.cpp logs to the process's stderr; keep the terminal for redac and send them to a file
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = os.open(self.log_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        self._saved_stderr = fcntl.fcntl(
            2, fcntl.F_DUPFD_CLOEXEC, 200
        )  # out of the way of the server's own fds
        os.dup2(log, 2)
        os.close(log)
        self._server = xllamacpp.Server(p)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        self._restore()
        raise ConfigurationError(
            f"the local llama.cpp server did not start with {self.path.name}",
            hint=f"see {self.log_path}",
        )

    def _restore(self) -> None:
        self._server = None  # the server stops when the object goes
        if self._saved_stderr is not None:
            os.dup2(self._saved_stderr, 2)
            os.close(self._saved_stderr)
            self._saved_stderr = None

    def __exit__(
        self, t: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._restore()
