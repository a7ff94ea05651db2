"""The read-only web API (FastAPI) over a store; needs the ``web`` extra."""

from frontwatch.api.app import create_app

__all__ = ["create_app"]
