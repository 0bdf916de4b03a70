"""Breach-rule tests: files are named per regime (``test_<regime>.py``); bench/bench_breach.py counts
tests per file. Shared helpers live in ``helpers.py``.
"""
