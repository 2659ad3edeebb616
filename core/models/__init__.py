"""The model layer: every model the app talks to, in the user's order, the offline coach last.

Modules, lowest first (a module only imports the ones above it):

* :mod:`core.models.registry`: one :class:`~core.models.registry.ProviderSpec` per provider (name,
  label, settings and environment names, default model, package, structured-output method,
  cloud or local, factory) and what the sidebar shows. Light: no LangChain import, so every page
  can draw the sidebar without paying for the model layer.
* :mod:`core.models.types`: the values passed in and out (context, turn, call info, events).
* :mod:`core.models.prompts`: the prompt files and the ``<tag>`` delimiters around user text.
* :mod:`core.models.errors`: provider errors classified by their SDK types, in plain words.
* :mod:`core.models.replies`: reasoning blocks (``<think>``), fenced JSON, streamed usage.
* :mod:`core.models.providers`: the factories and the lazily built chat model of each provider.
* :mod:`core.models.chains`: the three chains (question stream, answer score, report) with
  retries, fallbacks and cool-downs; :func:`~core.models.chains.check_provider` for the sidebar.

This ``__init__`` imports nothing, so ``import core.models.registry`` stays cheap.
"""
