"""Each test runs on the reserved frame of tests/stack_reserve.py (one large block of
CPython's frame stack instead of 16 KiB blocks mapped and unmapped as calls cross them)."""

import sys

from tests import stack_reserve


def test_this_test_runs_on_the_reserved_frame():
    frame, codes = sys._getframe(), []
    while frame is not None:
        codes.append(frame.f_code)
        frame = frame.f_back
    assert stack_reserve._on_reserved_stack.__code__ in codes


def test_the_reserved_frame_declares_its_room_and_still_just_calls():
    code = stack_reserve._on_reserved_stack.__code__
    assert code.co_stacksize == stack_reserve.STACK_SLOTS
    assert stack_reserve._on_reserved_stack(lambda: 42) == 42
