"""The bench's CPU slowdown for Lighthouse, calibrated to the host as Lighthouse's throttling
guide advises: a wrong one would report scores for a phone other than the one intended."""
import pytest

from bench.lighthouse import calibrated_cpu_slowdown


@pytest.mark.parametrize(
    ("benchmark_indexes", "slowdown"),
    [
        ([1750], 4),  # the host the default 4x is meant for keeps it
        ([3000], 4),  # a faster host is never throttled harder than the default
        ([875], 2),  # half as fast: half the slowdown
        ([700, 900, 1380], 2),  # the median host, not one outlying run (900 -> 2.06)
        ([1300], 3),  # to the nearest half (2.97)
        ([1100], 2.5),  # (2.51)
        ([200], 1),  # never faster than the host itself
    ],
)
def test_slowdown_scales_with_the_hosts_benchmark_index(benchmark_indexes, slowdown):
    assert calibrated_cpu_slowdown(benchmark_indexes) == slowdown
