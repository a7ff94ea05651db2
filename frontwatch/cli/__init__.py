"""frontwatch's command line: a thin layer over the library.

Each module here registers its commands on :data:`frontwatch.cli.app.app`; this
module imports them all and turns a :class:`~frontwatch.errors.FrontwatchError`
into one line on standard error and exit status 2.
"""

from __future__ import annotations

import sys

from frontwatch.cli import (  # noqa: F401  (importing registers the commands)
    benchmark,
    demo,
    evaluate,
    export,
    geocode,
    ingest,
    pipeline,
    serve,
)
from frontwatch.cli.app import app
from frontwatch.errors import FrontwatchError

__all__ = ["app", "main"]


def main() -> None:
    try:
        app()
    except FrontwatchError as error:
        print(f"frontwatch: {error}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        print("frontwatch: interrupted", file=sys.stderr)
        sys.exit(130)
