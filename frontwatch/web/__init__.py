"""The map-and-timeline front end, served by :mod:`frontwatch.api` or written as a report."""

from frontwatch.web.report import render_report

__all__ = ["render_report"]
