"""Score the extractor on the hand-written cases: ``python -m tests.extractor_cases [-v] [GROUP...]``.

Prints strict precision/recall/F1 (metric+value+side+population, as score.py), the share
of right attributes among matched figures, pass rates per group, the commonest failure
classes, and (with -v) every failing case.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter

from casualties.extract import extract

from . import GROUPS, load_cases
from .check import as_record, checked_fields, compare, field_ok, pair_up, report


def prf(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    groups = tuple(a for a in argv if not a.startswith("-")) or GROUPS
    cases = load_cases(groups)
    tp = loose = npred = ngold = 0
    confusions: Counter[tuple[str, str, str]] = Counter()
    attr_right: Counter[str] = Counter()
    attr_seen: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    per_group: dict[str, list[int]] = {}
    failures = []
    for c in cases:
        try:
            preds = [as_record(f) for f in extract(c.text, dt.date.fromisoformat(c.published) if c.published else None)]
        except Exception as exc:  # a crash is a failure of this case, not of the scorer
            preds = []
            classes[f"crash {type(exc).__name__}"] += 1
        out = compare(c, preds)
        tp, npred, ngold = tp + out.strict_tp, npred + out.n_pred, ngold + out.n_gold
        loose += out.loose_tp
        confusions.update(out.confusions)
        for i, j in pair_up(c.expected, preds, strict=True):
            for k, want in checked_fields(c.expected[i]).items():
                if k not in ("side", "population"):
                    attr_seen[k] += 1
                    attr_right[k] += field_ok(k, want, preds[j])
        classes.update(kind for kind, _ in out.problems)
        g = per_group.setdefault(c.group, [0, 0])
        g[0] += out.ok
        g[1] += 1
        if not out.ok:
            failures.append(report(c, preds, out))
    p, r, f = prf(tp, npred, ngold)
    lp, lr, lf = prf(loose, npred, ngold)
    passed = sum(g[0] for g in per_group.values())
    print(f"cases {len(cases)}  passed {passed} ({passed / len(cases):.0%})  gold figures {ngold}  predicted {npred}")
    print(f"loose  (metric+value):                 P {lp:.3f}  R {lr:.3f}  F1 {lf:.3f}")
    print(f"strict (metric+value+side+population): P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(
        "attributes right among strict matches: "
        + "  ".join(f"{k} {attr_right[k] / attr_seen[k]:.2f} (n={attr_seen[k]})" for k in attr_seen)
    )
    print("per group: " + "  ".join(f"{g} {ok}/{n}" for g, (ok, n) in per_group.items()))
    print("failure classes: " + ", ".join(f"{k} {n}" for k, n in classes.most_common()))
    print(
        "commonest wrong fields (expected -> got): "
        + ", ".join(f"{k} {want}->{got} x{n}" for (k, want, got), n in confusions.most_common(12))
    )
    if verbose:
        print("\n" + "\n\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
