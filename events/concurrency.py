"""Fire many simultaneous bookings at one occurrence, each on its own database connection.

Used by the concurrency test (PostgreSQL) and by ``manage.py check_booking_concurrency``,
which an operator runs against the real database (SQLite or PostgreSQL) to see that the
seat count cannot be overrun: exactly ``capacity`` places confirmed, the rest waiting or
refused, no booking lost.
"""

import threading
from collections import Counter

from django.db import OperationalError, connection

from events import booking as service


def fire(occurrence_id, attempts, places=1, is_sample=True):
    """Start ``attempts`` threads together; returns a Counter of outcomes and the bookings."""
    barrier = threading.Barrier(attempts)
    outcomes = Counter()
    created = []
    lock = threading.Lock()

    def attempt(index):
        try:
            barrier.wait(timeout=30)
            made = service.book(
                occurrence_id,
                places=places,
                name=f"并发测试{index}",
                phone=f"139{index:08d}",
                is_sample=is_sample,
                notify=False,
            )
            with lock:
                outcomes[str(made.status)] += 1
                created.append(made.pk)
        except service.BookingRefused:
            with lock:
                outcomes["refused"] += 1
        except OperationalError as error:  # e.g. SQLite "database is locked" after the timeout
            with lock:
                outcomes[f"error: {error}"] += 1
        finally:
            connection.close()

    threads = [threading.Thread(target=attempt, args=(i,)) for i in range(attempts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes, created
