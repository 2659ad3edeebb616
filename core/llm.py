"""Moved to :mod:`core.models` (chains, prompts, errors, types). Re-exports for branches in flight; delete once none import it."""

from core.models.chains import ModelChains, build_chains, check_provider  # noqa: F401
from core.models.errors import ModelError, classify_error, describe_error  # noqa: F401
from core.models.prompts import PromptError, build_messages, context_notice, load_prompts  # noqa: F401
from core.models.providers import warm_provider_imports  # noqa: F401
from core.models.registry import describe_providers  # noqa: F401
from core.models.types import SKIPPED_ANSWER, CallInfo, InterviewContext, StreamEvent, Turn  # noqa: F401
