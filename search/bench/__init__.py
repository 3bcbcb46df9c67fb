"""The search benchmark's scratch catalogue and its timing loop (``manage.py bench_search``)."""
