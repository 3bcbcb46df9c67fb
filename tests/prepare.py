"""``python -m tests.prepare``: what the test workers copy, made beside them (`make test`).

`make test` starts it at once, beside lint and ``makemigrations --check``:

1. the migrated test database (tests/template_database.py): on a cold run its ~260
   migrations take ~15–20 s of one core, and the workers wait for it (under a file lock)
   before their first database test; meanwhile one of them runs the tests that need no
   database (tests/conftest.py);
2. then the demo as the tests read it (tests/demo_snapshot.py), ~35 s of CPU, while both
   workers run the tests that do not read it. The demo's tests come last, so on a cold run
   they usually find it kept; a worker that gets there first waits for it under a lock.

Each step is skipped when its copy is kept already (a warm run: ~2 s to check). The demo is
built exactly as a worker would: the test settings, the test environment and the fast image
settings of tests/fast_images.py. On PostgreSQL there is nothing to prepare.
"""

import os


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.test.utils import setup_test_environment, teardown_databases

    from tests import demo_snapshot, fast_images, template_database
    from tests.shared_data import SHARED_DEMO

    if not template_database.in_memory():
        return
    fast_images.install()
    setup_test_environment(debug=False)  # as pytest-django sets it up for the workers
    databases = template_database.setup()
    try:
        demo_snapshot.keep(SHARED_DEMO.load)
    finally:
        teardown_databases(databases, verbosity=0)


if __name__ == "__main__":
    main()
