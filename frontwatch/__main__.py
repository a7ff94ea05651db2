"""``python -m frontwatch``: the same command line as the ``frontwatch`` script."""

from frontwatch.cli import main

main()
