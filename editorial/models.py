"""The editorial app has no tables of its own.

This module exists so Django sends this app a post_migrate signal (it skips apps without a
models module): editorial.signals grants snippet permissions from that signal.
"""
