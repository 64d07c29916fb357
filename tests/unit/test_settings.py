"""A setting with a bad value is one line naming the setting and the fix, never a traceback."""
from __future__ import annotations

import pytest

from kys_rontgen.cli import main

from ..conftest import ROOT

BAD = [
    ("tomorrow", 'KYS_NOW=\'tomorrow\' is not a date and time; write it as KYS_NOW="2027-01-10 07:00"'),
    ("2027-13-01 08:00", 'KYS_NOW=\'2027-13-01 08:00\' is not a date and time; write it as KYS_NOW="2027-01-10 07:00"'),
]


@pytest.mark.parametrize(("value", "message"), BAD, ids=[v for v, _ in BAD])
@pytest.mark.parametrize("command", ["check", "report"])
def test_editor_commands_say_which_setting_is_wrong_in_one_line(command, value, message, monkeypatch, capsys):
    monkeypatch.setenv("KYS_NOW", value)
    assert main(["--root", str(ROOT), command]) == 2
    out, err = capsys.readouterr()
    assert err.strip() == message and out == ""
