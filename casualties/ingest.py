"""Ingest: read each input, extract its figures, store the article and its figures, each article whole.

Articles are committed in small batches (a SAVEPOINT each inside one transaction,
see STORE_BATCH), so an interrupted run leaves whole articles only.

One bad input (unreadable, refused, an extractor crash, a figure the database
rejects) is recorded in the summary and never stops the others; nothing of a
failed article is written. Only a database that stops working ends the run
early (every later article would fail the same way).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing as mp
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from casualties import extract as extractor
from casualties.dating import DateGuess, DateInference
from casualties.errors import DatabaseError, InputError
from casualties.figure import Figure
from casualties.manifest import Manifest
from casualties.reading import DEFAULT_MAX_BYTES, STDIN, expand_path, read_bytes, read_path
from casualties.source import SourceDoc
from casualties.store import StoreResult, all_hashes, store_article, store_articles

Progress = Callable[[int, int, str], None]  # (done, total, name of the input just finished)
# (kind, input name, message) as it happens; kind is "error" (input skipped), "fatal" (run stopped) or "warning"
Problem = Callable[[str, str, str], None]


@dataclass(frozen=True, slots=True)
class IngestOptions:
    """What the user told us about the inputs; set values override what was detected in them."""

    outlet: str | None = None
    published: dt.date | None = None
    url: str | None = None
    replace: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    extractor_config: object | None = None
    jobs: int = 1  # processes that read and extract in parallel; 0 = one per CPU for large batches
    infer_dates: bool = True  # date an undated article from evidence in it (casualties.dating), marked as inferred
    manifest: Manifest | None = None  # per-file published/outlet/url/title the user knows (casualties.manifest)


@dataclass
class IngestSummary:
    """Counts for the final summary line, plus every per-input error and warning as (name, message)."""

    new: int = 0
    unchanged: int = 0
    replaced: int = 0
    failed: int = 0
    figures: int = 0  # figures written by this run (new and replaced articles)
    skipped_files: int = 0  # other types and READMEs inside folders, left alone
    errors: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    aborted: str | None = None  # set when the database failed and the run stopped early
    results: list[tuple[str, StoreResult]] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.new + self.unchanged + self.replaced + self.failed

    @property
    def ok(self) -> bool:
        """True when every input was stored (or already was) and at least one input was given."""
        return not self.failed and self.aborted is None and self.articles > 0

    def line(self) -> str:
        s = "" if self.articles == 1 else "s"
        text = (
            f"ingested {self.articles} article{s}: {self.new} new, {self.unchanged} unchanged, "
            f"{self.replaced} replaced, {self.failed} failed; {self.figures} figures stored"
        )
        if self.skipped_files:
            text += f"; {self.skipped_files} other files skipped"
        return text

    def _record(self, name: str, result: StoreResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        if result.status != "unchanged":
            self.figures += result.figures
        self.results.append((name, result))

    def _fail(self, name: str, message: str, on_problem: Problem | None = None, kind: str = "error") -> None:
        self.failed += 1
        self.errors.append((name, message))
        if on_problem is not None:
            on_problem(kind, name, message)

    def _warn(self, name: str, message: str, on_problem: Problem | None = None) -> None:
        self.warnings.append((name, message))
        if on_problem is not None:
            on_problem("warning", name, message)


def apply_overrides(doc: SourceDoc, options: IngestOptions) -> SourceDoc:
    """``doc`` with what the user said in place of what was detected: its manifest row, then
    --outlet/--published/--url (given on the command line for every file, they win)."""
    row = options.manifest.lookup(doc.file) if options.manifest is not None else None
    if row is not None:
        doc = _given(doc, published=row.published, outlet=row.outlet, url=row.url, title=row.title)
    return _given(doc, published=options.published, outlet=options.outlet, url=options.url)


def _given(
    doc: SourceDoc,
    *,
    published: dt.date | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> SourceDoc:
    """``doc`` with each value that is not None in place of its own; a given date is the user's."""
    if published is None and outlet is None and url is None and title is None:
        return doc
    return dataclasses.replace(
        doc,
        published=doc.published if published is None else published,
        published_basis=doc.published_basis if published is None else "user",
        outlet=doc.outlet if outlet is None else outlet,
        url=doc.url if url is None else url,
        title=doc.title if title is None else title,
    )


def ingest_doc(engine: Engine, doc: SourceDoc, options: IngestOptions) -> StoreResult:
    """Extract ``doc``'s figures and store both; InputError if the extractor fails or a figure is rejected.

    An undated article is dated from the official toll it quotes, if it quotes one (see ingest_paths)."""
    doc, figures = extract_doc(doc, options)
    if options.infer_dates and doc.published is None:
        doc, figures = _dated_by_official_series(doc, figures, DateInference(), options)
    return store_article(engine, doc, figures, extractor_version=extractor.EXTRACTOR_VERSION, replace=options.replace)


def extract_doc(doc: SourceDoc, options: IngestOptions) -> tuple[SourceDoc, list[Figure]]:
    """The document with the user's overrides, and its figures; no database (so it can run in a worker)."""
    doc = apply_overrides(doc, options)
    try:
        figures = extractor.extract(doc.text, doc.published, options.extractor_config)  # type: ignore[arg-type]
    except Exception as exc:  # a bug in the extractor must cost one article, not the run
        raise InputError(f"{_name(doc)}: extractor failed ({type(exc).__name__}: {exc})") from exc
    return doc, figures


def _dated_by_official_series(
    doc: SourceDoc, figures: list[Figure], inference: DateInference, options: IngestOptions
) -> tuple[SourceDoc, list[Figure]]:
    guess = inference.official_guess(doc.text, figures)
    return _redated(doc, guess, options) if guess else (doc, figures)


def _redated(doc: SourceDoc, guess: DateGuess, options: IngestOptions) -> tuple[SourceDoc, list[Figure]]:
    """``doc`` with an inferred date (and a warning that says so), its figures extracted again against it."""
    note = f"no date in the text; dated {guess.date} by inference ({guess.basis}: {guess.reason})"
    doc = dataclasses.replace(doc, published=guess.date, published_basis=guess.basis, warnings=(*doc.warnings, note))
    return extract_doc(doc, options)


def _name(doc: SourceDoc) -> str:
    return doc.file or doc.url or "<stdin>"


def ingest_paths(
    engine: Engine,
    paths: Sequence[str],
    options: IngestOptions | None = None,
    *,
    progress: Progress | None = None,
    on_problem: Problem | None = None,
) -> IngestSummary:
    """Ingest every file the arguments name (files, folders, ``-`` for stdin) into ``engine``'s database.

    ``progress`` is called after each input; ``on_problem`` as each error or warning
    happens (they are also collected in the summary). With ``options.infer_dates``,
    articles that state no date are stored last: each is dated from the official
    series it quotes or a dated article of the batch that quotes the same
    statement (casualties.dating), and says so in a warning and in
    articles.published_basis; without such evidence it stays undated.
    """
    options = options or IngestOptions()
    summary = IngestSummary()
    inputs: list[Path | str] = []
    for arg in paths:
        try:
            files, skipped = expand_path(arg)
        except InputError as exc:
            summary._fail(arg, str(exc), on_problem)
            continue
        inputs.extend(files)
        summary.skipped_files += skipped
    total = len(inputs)
    # content already stored is not extracted again (unless --replace): store_article reports it unchanged
    known = frozenset() if options.replace or not inputs else all_hashes(engine)
    inference = DateInference() if options.infer_dates and options.published is None else None
    same_story: list[tuple[str, SourceDoc, StoreResult]] = []  # undated, stored; dated at the end if they can be

    def stored(pending: _Pending, result: StoreResult | None) -> None:
        if result is not None and pending.may_share_story:
            same_story.append((pending.name, pending.prepared[0], result))  # type: ignore[index]
        if progress is not None:
            progress(pending.done, total, pending.name)

    writer = _BatchWriter(engine, options, summary, on_problem, stored)
    for done, (item, prepared) in enumerate(_prepared(inputs, options, known), 1):
        name = str(item)
        may_share_story = False
        if inference is not None and not isinstance(prepared, InputError) and prepared[0].sha256 not in known:
            doc = prepared[0]
            if doc.published is None:
                try:
                    prepared = _dated_by_official_series(*prepared, inference, options)
                except InputError as exc:
                    prepared = exc
                may_share_story = not isinstance(prepared, InputError) and prepared[0].published is None
                may_share_story = may_share_story and inference.may_share_story(doc.text)
            elif doc.published_basis in ("text", "user"):
                inference.add_anchor(doc.published, name, doc.text)
        writer.add(_Pending(done, name, prepared, may_share_story))
        if summary.aborted is not None:
            break
    writer.flush()
    if inference is not None and summary.aborted is None:
        _date_same_stories(engine, same_story, inference, options, summary, on_problem)
    return summary


# Stored articles are committed in batches: one transaction (with a SAVEPOINT per article) costs a
# fraction of one per article. A batch is written when it is this large or this old, so progress
# keeps moving when articles come slowly; a crash loses at most the batch being written, never half
# an article, and the next run picks those articles up.
STORE_BATCH = 64
STORE_BATCH_SECONDS = 0.5


@dataclass(frozen=True, slots=True)
class _Pending:
    done: int  # position among the inputs, for progress
    name: str
    prepared: tuple[SourceDoc, list[Figure]] | InputError
    may_share_story: bool


class _BatchWriter:
    """Stores prepared inputs in batches and records every outcome in input order, errors included."""

    def __init__(
        self,
        engine: Engine,
        options: IngestOptions,
        summary: IngestSummary,
        on_problem: Problem | None,
        on_stored: Callable[[_Pending, StoreResult | None], None],
    ) -> None:
        self.engine, self.options, self.summary = engine, options, summary
        self.on_problem, self.on_stored = on_problem, on_stored
        self.pending: list[_Pending] = []
        self.since = 0.0

    def add(self, item: _Pending) -> None:
        if not self.pending:
            self.since = time.monotonic()
        self.pending.append(item)
        if len(self.pending) >= STORE_BATCH or time.monotonic() - self.since >= STORE_BATCH_SECONDS:
            self.flush()

    def flush(self) -> None:
        """Write the pending articles; a batch the database refuses is retried one article at a
        time, so the articles before the failing one are stored and the run stops at that one."""
        batch, self.pending = self.pending, []
        storable = [p.prepared for p in batch if not isinstance(p.prepared, InputError)]
        try:
            outcomes = iter(
                store_articles(
                    self.engine,
                    storable,
                    extractor_version=extractor.EXTRACTOR_VERSION,
                    replace=self.options.replace,
                    batch=max(1, len(storable)),  # one transaction: all of the batch or none of it
                )
            )
            results = [None if isinstance(p.prepared, InputError) else next(outcomes) for p in batch]
        except DatabaseError:
            results = [None] * len(batch)  # nothing of the batch was committed
        for item, outcome in zip(batch, results, strict=True):
            if self.summary.aborted is not None:
                return
            result = _record_outcome(self.engine, item, outcome, self.options, self.summary, self.on_problem)
            self.on_stored(item, result)


def _record_outcome(
    engine: Engine,
    item: _Pending,
    outcome: StoreResult | InputError | None,
    options: IngestOptions,
    summary: IngestSummary,
    on_problem: Problem | None,
) -> StoreResult | None:
    """Record one input's outcome in the summary (None: not attempted yet, so store it alone now)."""
    if outcome is None and not isinstance(item.prepared, InputError):
        return _store_one(engine, item.name, item.prepared, options, summary, on_problem)
    if isinstance(outcome, StoreResult):
        doc = item.prepared[0]  # type: ignore[index]
        for warning in doc.warnings:
            summary._warn(item.name, warning, on_problem)
        summary._record(item.name, outcome)
        return outcome
    error = outcome if outcome is not None else item.prepared
    summary._fail(item.name, str(error), on_problem)
    return None


def _store_one(
    engine: Engine,
    name: str,
    prepared: tuple[SourceDoc, list[Figure]] | InputError,
    options: IngestOptions,
    summary: IngestSummary,
    on_problem: Problem | None,
) -> StoreResult | None:
    """Store one prepared input and record the outcome (None when it failed; summary.aborted when the
    database failed)."""
    try:
        if isinstance(prepared, InputError):
            raise prepared
        doc, figures = prepared
        version = extractor.EXTRACTOR_VERSION
        result = store_article(engine, doc, figures, extractor_version=version, replace=options.replace)
    except InputError as exc:
        summary._fail(name, str(exc), on_problem)
    except DatabaseError as exc:
        summary.aborted = str(exc)
        summary._fail(name, str(exc), on_problem, kind="fatal")
    else:
        for warning in doc.warnings:
            summary._warn(name, warning, on_problem)
        summary._record(name, result)
        return result
    return None


def _date_same_stories(
    engine: Engine,
    stored: list[tuple[str, SourceDoc, StoreResult]],
    inference: DateInference,
    options: IngestOptions,
    summary: IngestSummary,
    on_problem: Problem | None,
) -> None:
    """Date the undated articles that quote a statement a dated article of the batch quotes. Each was
    stored whole without a date first; the date and its re-extracted figures replace that in one
    transaction, so an interruption leaves the undated article, never half of either."""
    for name, doc, first in stored:
        guess = inference.same_story_guess(doc.text)
        if guess is None:
            continue
        try:
            dated, figures = _redated(doc, guess, options)
            version = extractor.EXTRACTOR_VERSION
            result = store_article(engine, dated, figures, extractor_version=version, replace=True)
        except InputError as exc:
            summary._warn(name, f"kept without a date: the inferred {guess.date} failed ({exc})", on_problem)
        except DatabaseError as exc:
            summary.aborted = str(exc)
            summary._fail(name, str(exc), on_problem, kind="fatal")
            return
        else:
            summary.figures += result.figures - first.figures
            summary._warn(name, dated.warnings[-1], on_problem)


PARALLEL_MIN_INPUTS = 64  # below this, starting worker processes costs more than it saves


def _prepared(
    inputs: list[Path | str], options: IngestOptions, known: frozenset[str] = frozenset()
) -> Iterator[tuple[Path | str, tuple[SourceDoc, list[Figure]] | InputError]]:
    """Read and extract each input, in order: in worker processes for large batches (the database
    writes stay in this process, one transaction per article), else here."""
    jobs = options.jobs if options.jobs > 0 else (os.cpu_count() or 1)
    parallel = jobs > 1 and len(inputs) >= (PARALLEL_MIN_INPUTS if options.jobs == 0 else 2 * jobs)
    parallel = parallel and STDIN not in inputs and "fork" in mp.get_all_start_methods()
    if not parallel:
        for item in inputs:
            yield item, _prepare_one(item, options, known)
        return
    # fork: the workers inherit the options (the extractor config holds a pint registry that
    # cannot be pickled) and the loaded modules, so they start at once
    context = mp.get_context("fork")
    initargs = (options, known)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_init_worker, initargs=initargs) as pool:
        results = pool.map(_prepare_in_worker, inputs, chunksize=8)
        for index, item in enumerate(inputs):
            try:
                prepared = next(results)
            except BrokenProcessPool:  # a worker died (out of memory, killed): finish here, losing nothing
                for rest in inputs[index:]:
                    yield rest, _prepare_one(rest, options, known)
                return
            yield item, prepared


# Set once in each worker process by _init_worker (never in the parent): what the parent forked with.
_WORKER_STATE: list[tuple[IngestOptions, frozenset[str]]] = []


def _init_worker(options: IngestOptions, known: frozenset[str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the parent
    _WORKER_STATE[:] = [(options, known)]
    parent = os.getppid()
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A worker whose parent was killed (kill -9 mid-ingest) would wait for work forever: leave instead."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _prepare_in_worker(item: Path | str) -> tuple[SourceDoc, list[Figure]] | InputError:
    return _prepare_one(item, *_WORKER_STATE[0])


def _prepare_one(
    item: Path | str, options: IngestOptions, known: frozenset[str] = frozenset()
) -> tuple[SourceDoc, list[Figure]] | InputError:
    try:
        doc = read_path(item, max_bytes=options.max_bytes)
        if doc.sha256 in known:
            return apply_overrides(doc, options), []  # stored already: reported unchanged, not re-extracted
        return extract_doc(doc, options)
    except InputError as exc:
        return exc


def ingest_text(
    engine: Engine,
    text: str | bytes,
    *,
    name: str | None = None,
    kind: str | None = None,
    options: IngestOptions | None = None,
) -> StoreResult:
    """Ingest one article given as text (or raw bytes); raises InputError/DatabaseError instead of summarising."""
    options = options or IngestOptions()
    data = text.encode("utf-8") if isinstance(text, str) else text
    doc = read_bytes(data, name=name if name is not None else STDIN, kind=kind, max_bytes=options.max_bytes)
    return ingest_doc(engine, doc, options)
