"""Query statistics without a database write per search.

A search increments a counter in the cache (Redis in production: one INCR, no row lock);
``manage.py flush_search_hits`` (run it from cron every few minutes) moves the counts into
Wagtail's ``Query`` / ``QueryDailyHits`` tables in one transaction. Those tables feed the
"popular searches" suggestions and the admin's search-promotion reports.

Only every ``SEARCH_STATS_SAMPLE``-th search is counted (default 1: all), and counts are
approximate by design: with the local-memory cache each process keeps its own (lost on
restart), and registering a new query string in the pending list can lose a race.
"""

import hashlib
import random

from django.conf import settings
from django.core.cache import cache
from wagtail.search.utils import normalise_query_string

PENDING_KEY = "search:hits:pending"
COUNTER_PREFIX = "search:hits:"
MAX_PENDING = 2000
TIMEOUT = 7 * 24 * 3600


def _counter_key(query_string):
    return COUNTER_PREFIX + hashlib.sha1(query_string.encode()).hexdigest()


def record(query_string):
    """Count one search for ``query_string`` in the cache. Never touches the database."""
    sample = max(1, int(getattr(settings, "SEARCH_STATS_SAMPLE", 1)))
    if sample > 1 and random.randrange(sample):
        return
    query_string = normalise_query_string(query_string)[:100]
    if not query_string:
        return
    key = _counter_key(query_string)
    if cache.add(key, sample, TIMEOUT):
        pending = cache.get(PENDING_KEY) or []
        if query_string not in pending and len(pending) < MAX_PENDING:
            pending.append(query_string)
            cache.set(PENDING_KEY, pending, TIMEOUT)
    else:
        try:
            cache.incr(key, sample)
        except ValueError:  # expired between add() and incr()
            cache.add(key, sample, TIMEOUT)


def take_pending():
    """The counted queries and their counts, removed from the cache."""
    pending = cache.get(PENDING_KEY) or []
    cache.delete(PENDING_KEY)
    counts = {}
    for query_string in pending:
        key = _counter_key(query_string)
        hits = cache.get(key)
        cache.delete(key)
        if hits:
            counts[query_string] = int(hits)
    return counts


def flush():
    """Write the pending counts to Query / QueryDailyHits; returns the number of queries."""
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone
    from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

    counts = take_pending()
    today = timezone.localdate()
    with transaction.atomic():
        for query_string, hits in counts.items():
            query, _ = Query.objects.get_or_create(query_string=query_string)
            daily, created = QueryDailyHits.objects.get_or_create(
                query=query, date=today, defaults={"hits": hits}
            )
            if not created:
                QueryDailyHits.objects.filter(pk=daily.pk).update(hits=F("hits") + hits)
    return len(counts)
