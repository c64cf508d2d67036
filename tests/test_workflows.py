"""GitHub workflows and pre-commit hooks: the safety properties the publishers rely on.

PyYAML reads YAML 1.1, where the key `on` is the boolean True; `_on` accepts either.
"""

from __future__ import annotations

import shlex
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
PUBLISH_ONLY = {"pages", "id-token"}


def load(name: str) -> dict[str, Any]:
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _on(workflow: dict[str, Any]) -> dict[str, Any]:
    events = workflow.get("on", workflow.get(True))
    if isinstance(events, str):
        return {events: None}
    if isinstance(events, list):
        return dict.fromkeys(events)
    assert isinstance(events, dict)
    return events


def _runs(workflow: dict[str, Any]) -> list[str]:
    return [step["run"] for job in workflow["jobs"].values() for step in job["steps"]
            if "run" in step]


def _uses(workflow: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {step["uses"].split("@")[0]: step.get("with", {})
            for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step}


def _katalog_commands(runs: list[str]) -> list[list[str]]:
    """Return katalog command lines without global options, e.g. ['check', '--format', ...]."""
    out = []
    for run in runs:
        words = shlex.split(run)
        if words and words[0] == "katalog":
            out.append([w for w in words[1:] if w not in ("--quiet", "-q")])
    return out


def test_pull_request_workflow_is_read_only_and_checks_and_builds() -> None:
    workflow = load("check.yml")
    events = _on(workflow)
    assert set(events) == {"pull_request"}  # never pull_request_target: forks get no secrets
    assert workflow["permissions"] == {"contents": "read"}
    for job in workflow["jobs"].values():
        assert all(level in ("read", "none") for level in job.get("permissions", {}).values())
    assert "secrets." not in (WORKFLOWS / "check.yml").read_text(encoding="utf-8")
    commands = _katalog_commands(_runs(workflow))
    assert ["check", "--format", "github"] in commands
    assert ["build", "--strict"] in commands
    checkout = _uses(workflow)["actions/checkout"]
    assert checkout.get("persist-credentials") is False


def test_publish_workflow_builds_main_and_deploys_site_to_pages() -> None:
    workflow = load("publish.yml")
    assert _on(workflow)["push"] == {"branches": ["main"]}
    assert workflow["permissions"] == {"contents": "read"}
    assert ["build", "--strict"] in _katalog_commands(_runs(workflow))
    uses = _uses(workflow)
    assert uses["actions/upload-pages-artifact"] == {"path": "site"}
    assert "actions/deploy-pages" in uses
    jobs = workflow["jobs"]
    deployers = [name for name, job in jobs.items()
                 if any("deploy-pages" in s.get("uses", "") for s in job["steps"])]
    assert len(deployers) == 1
    deploy = jobs[deployers[0]]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert not any("run" in step for step in deploy["steps"])  # no project code with the token
    for name, job in jobs.items():
        if name != deployers[0]:
            assert not PUBLISH_ONLY & set(job.get("permissions", {})), name


@pytest.mark.parametrize("path", sorted(WORKFLOWS.glob("*.y*ml")), ids=lambda p: p.name)
def test_only_the_publish_workflow_can_write_pages(path: Path) -> None:
    workflow = load(path.name)
    granted = set(workflow.get("permissions", {}) or {})
    for job in workflow["jobs"].values():
        granted |= set(job.get("permissions", {}) or {})
    assert workflow.get("permissions") not in ("write-all", None)
    if path.name != "publish.yml":
        assert not PUBLISH_ONLY & granted


def test_workflow_commands_exist_in_the_cli() -> None:
    for name in ("check.yml", "publish.yml"):
        for command in _katalog_commands(_runs(load(name))):
            sub = main.commands[command[0]]
            options = {o for p in sub.params for o in getattr(p, "opts", [])}
            assert {w for w in command[1:] if w.startswith("-")} <= options, command


def test_pre_commit_hook_for_other_catalogues() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "katalog-check")
    assert hook["language"] == "python"
    assert shlex.split(hook["entry"])[0] == "katalog" and "check" in hook["entry"]
    assert hook["files"].startswith("^content/")
    assert hook["pass_filenames"] is False


def test_pre_commit_config_runs_the_local_check() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    local = next(r for r in config["repos"] if r["repo"] == "local")
    entries = {h["id"]: h["entry"] for h in local["hooks"]}
    assert "check" in entries["katalog-check"]
