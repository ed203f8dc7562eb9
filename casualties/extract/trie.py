"""Compile a long list of words into one trie-shaped regular expression.

Python's `re` tries each alternative of ``a|b|c...`` in turn at every position;
a pattern that shares prefixes (``kill(?:ed|ing|s)?``) fails fast instead. The
cue tables hold hundreds of phrases, so this keeps extraction linear and quick.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""


def trie_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the given words (longest first at each branch)."""
    root: dict[str, dict] = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _render(root) if root else "(?!x)x"


def _render(node: dict[str, dict]) -> str:
    ends_here = _END in node
    branches = []
    for ch in sorted(k for k in node if k != _END):
        branches.append(re.escape(ch) + _render(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?"
    return body


def needed_words(phrases: Iterable[str], hints: Iterable[str] = ()) -> tuple[str, ...]:
    """Words such that every phrase contains one: the ``hints`` found in some phrase, then each phrase
    no hint covers. A text holding none of them cannot hold any phrase (an exact pre-check)."""
    phrases = list(phrases)
    words = [h for h in hints if any(h in p for p in phrases)]
    for p in sorted(phrases, key=len):
        if not any(w in p for w in words):
            words.append(p)
    return tuple(words)


def initials(words: Iterable[str], extra: str = "") -> str:
    """A lookahead for the first characters of ``words`` (plus the class body ``extra``, like "0-9").

    Put right after a leading ``\\b``, it lets the regex engine reject most positions with one class
    test instead of trying every alternative there; it changes no match (a necessary condition only).
    Under IGNORECASE the lower-case letters also match their upper-case forms.
    """
    chars = sorted({w[0] for w in words if w})
    return "(?=[" + "".join(re.escape(c) for c in chars) + extra + "])"
