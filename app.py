"""The web app: `python app.py` (or `assistant serve`) on 127.0.0.1:7860 by default.

Thin: settings, the Assistant facade, the feedback store, then the page from `assistant.webapp`.
"""

from __future__ import annotations

import logging
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Gradio rebuilds a pandas summary of its last 10,000 events after every event (for its monitoring
# page, unused here): its cost grows with the server's age. Refresh it every 1,000 events instead.
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", "1000")
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "1000")


def _skip_absent_matplotlib() -> None:
    """Gradio tries `import matplotlib` twice per event; when it is not installed, each failed import
    searches sys.path again. Recording the absence once makes those imports fail at once."""
    import importlib.util
    import sys

    if "matplotlib" not in sys.modules and importlib.util.find_spec("matplotlib") is None:
        sys.modules["matplotlib"] = None  # type: ignore[assignment]


def main() -> None:
    from assistant.chat import Assistant
    from assistant.feedback import FeedbackStore
    from assistant.settings import get_settings
    from assistant.webapp.layout import build_demo, launch_options, queue_options

    _skip_absent_matplotlib()

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    settings = get_settings()
    assistant = Assistant(settings)
    logging.info("Chargement de l'index…")
    assistant.warm_up()
    store = FeedbackStore.in_data_dir(settings.data_dir)
    demo = build_demo(assistant, settings, store)
    demo.queue(**queue_options(settings))
    demo.launch(**launch_options(settings))


if __name__ == "__main__":
    main()
