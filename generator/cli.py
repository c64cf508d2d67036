"""Command line: takes argv; runs check, generate, build, serve and regions import, returning an exit code."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import click

from generator.bilingual import Bilingual
from generator.build import BuildError, build_site, generate, plan_pages
from generator.collect import collect
from generator.config import Config, ConfigError, load_config
from generator.diagnostics import (
    Diagnostic,
    Severity,
    format_github,
    format_human,
    has_errors,
    visible,
)
from generator.handwritten import check_pages
from generator.page_html import extensions_of

EXIT_CONTENT = 1
EXIT_USAGE = 2


class _Ctx:
    def __init__(self, mkdocs_yml: Path, content: Path | None, lang: str | None, quiet: bool):
        self.mkdocs_yml, self.content, self.lang, self.quiet = mkdocs_yml, content, lang, quiet
        self.started = time.perf_counter()

    def config(self) -> Config:
        try:
            return load_config(self.mkdocs_yml, self.content)
        except ConfigError as exc:
            click.echo(f"katalog: {exc}", err=True)
            sys.exit(EXIT_USAGE)

    def language(self, config: Config) -> str:
        return self.lang or config.lang

    def progress(self, message: str) -> None:
        if not self.quiet:
            click.echo(f"[{time.perf_counter() - self.started:6.1f}s] {message}", err=True)


@click.group()
@click.option("-f", "--config-file", "mkdocs_yml", type=click.Path(path_type=Path),
              default=Path("mkdocs.yml"), show_default=True, help="The site's mkdocs.yml.")
@click.option("--content", type=click.Path(path_type=Path), default=None,
              help="Content folder (default: content/ next to mkdocs.yml).")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None,
              help="Language of messages (default: the site's language).")
@click.option("-q", "--quiet", is_flag=True,
              help="Print only problems and errors (no progress, no summary).")
@click.pass_context
def main(ctx: click.Context, mkdocs_yml: Path, content: Path | None, lang: str | None,
         quiet: bool) -> None:
    """Katalog Inovasi: check YAML innovation records and build the catalogue site."""
    ctx.obj = _Ctx(mkdocs_yml, content, lang, quiet)


_TOTALS = Bilingual("{errors} galat dan {warnings} peringatan di {files} berkas.",
                    "{errors} error(s) and {warnings} warning(s) in {files} file(s).")
_CREATED = Bilingual("rekaman baru dibuat", "new record created")
_FILL_IN = Bilingual("Isi nilai berikut, lalu jalankan `katalog check`:",
                     "Fill in these values, then run `katalog check`:")


def report(diags: list[Diagnostic], fmt: str, lang: str, strict: bool) -> bool:
    """Print diagnostics and a one-line count; return True when they stop the run."""
    show = format_github if fmt == "github" else format_human
    for d in diags:
        click.echo(show(d, lang), err=fmt != "github")
    errors = sum(1 for d in diags if d.severity is Severity.ERROR)
    warnings = len(diags) - errors
    if diags:
        files = len({d.file for d in diags})
        click.echo(_TOTALS.get(lang).format(errors=errors, warnings=warnings, files=files), err=True)
    return has_errors(diags, strict)


_format = click.option("--format", "fmt", type=click.Choice(["human", "github"]),
                       default="human", show_default=True, help="How to print problems.")
_strict = click.option("--strict", is_flag=True, help="Treat warnings as errors.")


@main.command()
@_format
@_strict
@click.pass_obj
def check(obj: _Ctx, fmt: str, strict: bool) -> None:
    """Validate every record and registry and plan the pages; exit 1 if anything is wrong."""
    config = obj.config()
    catalogue, diags = collect(config.content)
    if catalogue is not None:  # page-path collisions are content mistakes too (nothing is written)
        diags = diags + check_pages(config.content, list(plan_pages(config, catalogue)),
                                   extensions_of(config.mkdocs_yml))[1]
    if report(diags, fmt, obj.language(config), strict) or catalogue is None:
        sys.exit(EXIT_CONTENT)
    warnings = f"{len(diags)} warning(s)" if diags else "no problems"
    obj.progress(f"check: {len(catalogue.records)} records read and OK, {warnings} in "
                 f"{time.perf_counter() - obj.started:.2f}s")


@main.command(name="generate")
@_format
@_strict
@click.pass_obj
def generate_cmd(obj: _Ctx, fmt: str, strict: bool) -> None:
    """Check the content and write the Markdown pages (no MkDocs build)."""
    config = obj.config()
    result, diags = generate(config, obj.progress)
    if report(diags, fmt, obj.language(config), strict) or result is None:
        sys.exit(EXIT_CONTENT)
    obj.progress(f"generate: {result.records} records read, {result.pages} pages "
                 f"({len(result.write.written)} written) in {result.seconds:.2f}s "
                 f"-> {config.docs_dir}")


@main.command()
@_format
@_strict
@click.pass_obj
def build(obj: _Ctx, fmt: str, strict: bool) -> None:
    """Check, generate and build site/; on any failure site/ is left as it was."""
    config = obj.config()
    try:
        result, diags = build_site(config, progress=obj.progress)
    except BuildError as exc:
        click.echo(f"katalog: the site build failed; {config.site_dir} was left as it was.\n{exc}",
                   err=True)
        sys.exit(EXIT_CONTENT)
    if report(diags, fmt, obj.language(config), strict) or result is None:
        click.echo(f"katalog: nothing was published; {config.site_dir} was left as it was.",
                   err=True)
        sys.exit(EXIT_CONTENT)
    obj.progress(f"build: {result.records} records read, {result.pages} pages in "
                 f"{time.perf_counter() - obj.started:.2f}s -> {config.site_dir}")


@main.command()
@click.option("-a", "--dev-addr", default="127.0.0.1:8000", show_default=True,
              help="Address to serve on.")
@click.pass_obj
def serve(obj: _Ctx, dev_addr: str) -> None:
    """Preview the site with live reload; edits in content/ and site_templates/ regenerate it."""
    from generator.serve import serve as run_serve

    config = obj.config()
    run_serve(config, dev_addr, lambda diags: report(diags, "human", obj.language(config), False),
              obj.progress)


@main.group()
def regions() -> None:
    """Manage the region registry (content/regions.yaml)."""


def _rewrite_registry(obj: _Ctx, make: Callable[[Path], tuple[str | None, list[Diagnostic]]]
                      ) -> None:
    """Run `make` on regions.yaml's path, report its diagnostics, and write the text it returns."""
    config = obj.config()
    target = config.content / "regions.yaml"
    text, diags = make(target)
    if report(diags, "human", obj.language(config), False) or text is None:
        sys.exit(EXIT_CONTENT)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


@regions.command(name="import")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def regions_import(obj: _Ctx, csv_file: Path) -> None:
    """Merge an official `kode,nama` CSV into regions.yaml (official names win)."""
    from generator.regions_import import ImportReport, merge, read_csv

    done: list[ImportReport] = []

    def make(target: Path) -> tuple[str | None, list[Diagnostic]]:
        rows, diags = read_csv(csv_file)
        if diags:
            return None, diags
        result, diags = merge(target, rows)
        done.extend([result] if result else [])
        return (result.text if result else None), diags

    _rewrite_registry(obj, make)
    click.echo(f"{len(done[0].added)} added, {len(done[0].renamed)} renamed "
               f"({done[0].total} regions in {visible(csv_file.name)})")


@regions.command(name="centres")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_obj
def regions_centres(obj: _Ctx, csv_file: Path) -> None:
    """Merge province centres (`kode,nama,lat,lon` CSV) into regions.yaml."""
    from generator.centres import merge_centres, read_centres

    found: list[int] = []

    def make(target: Path) -> tuple[str | None, list[Diagnostic]]:
        centres, diags = read_centres(csv_file)
        found.append(len(centres))
        return (None, diags) if diags else merge_centres(target, centres)

    _rewrite_registry(obj, make)
    click.echo(f"{found[0]} province centres merged from {visible(csv_file.name)}")


def run(argv: list[str] | None = None) -> int:
    """Run the CLI and return its exit code instead of exiting (for tests and embedding)."""
    try:
        main.main(args=argv, prog_name="katalog", standalone_mode=False)
    except click.exceptions.UsageError as exc:
        exc.show()
        return EXIT_USAGE
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.exceptions.Abort:
        return EXIT_CONTENT
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0





@main.command()
@click.option("--write", is_flag=True,
              help="Write schema/innovation.schema.json and the field table in CONTRIBUTING.md.")
@click.option("--check", "check_only", is_flag=True,
              help="Exit 1 if the committed schema or field table differs from the generated one.")
@click.option("--fields-markdown", is_flag=True,
              help="Print the field table (Markdown) instead of the schema.")
@click.pass_obj
def schema(obj: _Ctx, write: bool, check_only: bool, fields_markdown: bool) -> None:
    """Print the JSON Schema (draft 2020-12) of innovation records, made from the model."""
    from generator.registries import load_registries
    from generator.schema import (
        DOCS_FILE,
        SCHEMA_FILE,
        build_schema,
        fields_block,
        replace_fields_block,
        schema_text,
    )
    from generator.schema import fields_markdown as table

    if fields_markdown:
        click.echo(table(), nl=False)
        return
    config = obj.config()
    vocab, diags = load_registries(config.content)
    if report(diags, "human", obj.language(config), False) or vocab is None:
        sys.exit(EXIT_CONTENT)
    text = schema_text(build_schema(vocab))
    if not (write or check_only):
        click.echo(text, nl=False)
        return
    target, docs = config.root / SCHEMA_FILE, config.root / DOCS_FILE
    stale = [] if target.is_file() and target.read_text(encoding="utf-8") == text else [target]
    docs_text = docs.read_text(encoding="utf-8") if docs.is_file() else ""
    if fields_block(docs_text) not in (None, table()):
        stale.append(docs)
    if check_only:
        for path in stale:
            click.echo(f"katalog: {path} is out of date; run `katalog schema --write`", err=True)
        sys.exit(EXIT_CONTENT if stale else 0)
    if target in stale:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    if docs in stale:
        docs.write_text(replace_fields_block(docs_text, table()), encoding="utf-8")
    for path in stale:
        obj.progress(f"wrote {path}")
    obj.progress(f"schema: {len(stale)} file(s) updated")


@main.command()
@click.option("--name", help="The innovation's name, e.g. \"Gardu Penangkis\".")
@click.option("--region", help="Region code (\"17.03\") or name (\"Bengkulu Utara\").")
@click.option("--id", "record_id", help="Use this id instead of one made from the name.")
@click.pass_obj
def new(obj: _Ctx, name: str | None, region: str | None, record_id: str | None) -> None:
    """Create content/innovations/<id>.yaml with placeholders to fill in (never overwrites)."""
    from generator.registries import load_registries
    from generator.scaffold import ScaffoldError, scaffold, write_new

    config = obj.config()
    lang = obj.language(config)
    interactive = sys.stdin.isatty()
    if name is None:
        if not interactive:
            raise click.UsageError("--name is required (or run in a terminal to be asked)")
        name = click.prompt("Nama inovasi / innovation name")
    if region is None:
        if not interactive:
            raise click.UsageError("--region is required (or run in a terminal to be asked)")
        region = click.prompt("Wilayah (kode atau nama) / region (code or name)")
    vocab, diags = load_registries(config.content)
    if report(diags, "human", lang, False) or vocab is None:
        sys.exit(EXIT_CONTENT)
    try:
        plan = scaffold(config.content, vocab, name, region, record_id)
        write_new(plan)
    except ScaffoldError as exc:
        click.echo(f"katalog: {exc.text.get(lang)}", err=True)
        sys.exit(EXIT_USAGE)
    shown = _shown(plan.path)
    click.echo(f"{shown}: {_CREATED.get(lang)}")
    click.echo(_FILL_IN.get(lang))
    for line, field in plan.placeholders:
        click.echo(f"  {shown}:{line}: {field}")


def _shown(path: Path) -> str:
    from generator.load import display_path

    return display_path(path)
