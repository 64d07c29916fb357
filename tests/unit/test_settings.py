"""A setting with a bad value is one line naming the setting and the fix, never a traceback."""
from __future__ import annotations

import pytest

from kys_rontgen.build import generate
from kys_rontgen.cli import main
from kys_rontgen.clock import SettingError

from ..conftest import ROOT

BAD = [
    ("KYS_NOW", "tomorrow", 'KYS_NOW=\'tomorrow\' is not a date and time; write it as KYS_NOW="2027-01-10 07:00"'),
    ("KYS_NOW", "2027-13-01 08:00", "KYS_NOW='2027-13-01 08:00' is not a date and time; write it as KYS_NOW=\"2027-01-10 07:00\""),
    ("KYS_TODAY", "28.11.2026", "KYS_TODAY='28.11.2026' is not a date; write it as KYS_TODAY=2026-11-28"),
]


@pytest.mark.parametrize(("name", "value", "message"), BAD, ids=[f"{n}={v}" for n, v, _ in BAD])
def test_make_check_says_which_setting_is_wrong_in_one_line(name, value, message, monkeypatch, capsys):
    monkeypatch.setenv(name, value)
    assert main(["--root", str(ROOT), "check"]) == 2
    out, err = capsys.readouterr()
    assert err.strip() == message and out == ""


@pytest.mark.parametrize(("name", "value", "message"), BAD, ids=[f"{n}={v}" for n, v, _ in BAD])
def test_the_generator_stops_on_a_bad_setting_before_touching_docs(name, value, message, monkeypatch, tmp_path):
    monkeypatch.setenv(name, value)
    with pytest.raises(SettingError) as raised:
        generate(ROOT, tmp_path / "docs")
    assert str(raised.value) == message
    assert not (tmp_path / "docs").exists()
