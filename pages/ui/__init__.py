"""What the page scripts share, one concern per module.

- :mod:`.resources`: ``st.cache_resource`` factories (settings, store, engine, model chains) and
  the background warm-up; asking for one never draws, reruns or stops anything.
- :mod:`.frame`: the router's frame: the sidebar, the sign-in page, and the one legacy-folder
  guard every page calls first.
- :mod:`.render`: making user and model text inert for Markdown.
- :mod:`.state`: session-state keys, their defaults, and the interview named by the URL.
- :mod:`.charts`: Altair charts of progress data built in ``core.progress``.

A subpackage, not modules beside the pages: Streamlit's legacy ``pages/`` scan lists top-level
files only, so nothing here is ever offered as a page.
"""
