"""frontwatch: war reporting turned into a verified, mapped record of events.

The library is a pipeline of stages, each usable alone: :mod:`frontwatch.ingest`
reads reports, :mod:`frontwatch.geo` finds and places the places they name,
:mod:`frontwatch.events` extracts typed events, :mod:`frontwatch.store` keeps
them, :mod:`frontwatch.export` writes them for GIS and data tools. Importing this
package loads no model and touches no file.
"""

from frontwatch.errors import FrontwatchError, GoldError, InputError, ModelError, StoreError
from frontwatch.records import (
    Actor,
    Document,
    Event,
    Evidence,
    Location,
    PlaceMention,
    Problem,
    Quantity,
    Target,
    TimeSpan,
)

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Document",
    "Event",
    "Evidence",
    "FrontwatchError",
    "GoldError",
    "InputError",
    "Location",
    "ModelError",
    "PlaceMention",
    "Problem",
    "Quantity",
    "StoreError",
    "Target",
    "TimeSpan",
    "__version__",
]
