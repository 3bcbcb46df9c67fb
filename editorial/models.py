"""The editorial app's tables: forbidden words, section freshness limits, link-check results.

(The app also needs a models module so Django sends it post_migrate: editorial.signals
grants snippet permissions from that signal.)
"""

from .health.models import FreshnessLimit, LinkCheckRun, LinkProblem
from .wordlist import ForbiddenWord

__all__ = ["ForbiddenWord", "FreshnessLimit", "LinkCheckRun", "LinkProblem"]
