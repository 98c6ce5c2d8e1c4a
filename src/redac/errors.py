"""One root exception for every failure a user can cause or fix, with stable codes.

The CLI turns a ``RedacError`` into a one-line message and an exit code; it never shows a
traceback for these. Anything else is a bug and is allowed to surface.
"""

from __future__ import annotations

EXIT_BAD_INPUT = 2
EXIT_CONSTRAINT_FAILED = 3
EXIT_BACKEND = 4


class RedacError(Exception):
    """Base of every expected, user-facing failure."""

    code = "E000"
    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text}\n  hint: {self.hint}" if self.hint else text


class InputError(RedacError):
    """The input cannot be read or is not an article (empty, binary, too large...)."""

    code = "E100"


class EmptyInputError(InputError):
    code = "E101"


class BinaryInputError(InputError):
    code = "E102"


class InputTooLargeError(InputError):
    code = "E103"


class FetchError(InputError):
    """A URL could not be fetched, or was refused for safety."""

    code = "E110"


class UnsafeURLError(FetchError):
    code = "E111"


class LanguageError(InputError):
    """The language is unknown, unsupported or could not be detected."""

    code = "E120"


class OptionError(RedacError):
    """An option or a configuration value is invalid."""

    code = "E130"


class BackendError(RedacError):
    """The language model backend failed (unreachable, refused, out of budget)."""

    code = "E200"
    exit_code = EXIT_BACKEND


class ConfigurationError(BackendError):
    code = "E201"


class BudgetExceededError(BackendError):
    code = "E202"


class LLMOutputError(BackendError):
    """The model's reply could not be used (not JSON, wrong shape) even after a re-ask."""

    code = "E203"


class GGUFError(ConfigurationError):
    """The file is not a GGUF model redac can read."""

    code = "E204"


class ChatTemplateError(ConfigurationError):
    """The GGUF model cannot chat: no chat template, or a base (pretrained) model."""

    code = "E205"


class ReplyError(BackendError):
    """The endpoint answered with something that is not a chat completion."""

    code = "E206"


class NothingKeptError(BackendError):
    """A model was asked for and wrote nothing that passed the checks: the article written is
    the offline engine's."""

    code = "E207"


class CancelledError(RedacError):
    """The caller cancelled the work (a server job deleted, Ctrl-C)."""

    code = "E300"
    exit_code = 130
