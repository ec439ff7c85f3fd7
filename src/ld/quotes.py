"""Check that every quote stands at its offsets in the source text, and fill in missing offsets.

Source texts are found by the SHA-256 fingerprint the curation file records,
so the folder may name them as it likes. The project keeps no copies.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from .curation import Curation, Located
from .errors import CurationError, CurationErrors
from .yamlines import load


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def index_texts(folder: Path) -> dict[str, str]:
    """SHA-256 -> text of every file in the folder."""
    out = {}
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        data = path.read_bytes()
        try:
            out[fingerprint(data)] = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return out


def verify(cur: Curation, texts: dict[str, str]) -> int:
    """Raise CurationErrors naming each quote not at its offsets; return how many were verified."""
    errors, verified = [], 0
    for src in cur.sources:
        text = texts.get(src.meta["sha256"])
        if text is None:
            errors.append(src.error(f"no source text with SHA-256 {src.meta['sha256'][:12]}… in the folder",
                                    src.meta.line_of("sha256")))
            continue
        for fact in src.facts:
            for q in fact.quotes:
                err = check_quote(q, text)
                if err:
                    errors.append(err)
                else:
                    verified += 1
    if errors:
        raise CurationErrors(errors)
    return verified


def check_quote(q, text: str) -> CurationError | None:
    found = text.find(q.text)
    if q.offset is None:
        hint = f"it is at {found}" if found >= 0 else "and the text does not contain it"
        return q.error(f"quote has no offset ({hint}); `milcoop quotes locate` fills offsets in")
    if text[q.offset:q.offset + len(q.text)] == q.text:
        return None
    if found >= 0:
        return q.error(f"quote not found at offset {q.offset}; it is at {found}")
    return q.error(f"quote not found at offset {q.offset}, nor anywhere in the source text: {q.text[:60]!r}")


def locate(path: Path, texts: dict[str, str]) -> int:
    """Write the offset of every quote of a curation file that has none. Returns how many were filled.

    Inserts an ``offset: N`` line after each quote's text, keeping the rest of the file as it is.
    """
    doc = load(path)
    text = texts.get(str(doc["source"].get("sha256")))
    if text is None:
        raise CurationErrors([CurationError(path, doc["source"].line_of("sha256"), "no source text with this SHA-256")])
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    inserts: list[tuple[int, str]] = []
    errors = []
    for fact in doc["facts"]:
        for q in fact.get("quotes") or []:
            if "offset" in q:
                continue
            found = text.find(q["text"])
            if found < 0:
                errors.append(Located(str(path), q.line).error(f"quote not in the source text: {q['text'][:60]!r}"))
                continue
            if text.find(q["text"], found + 1) >= 0:
                errors.append(Located(str(path), q.line).error("quote occurs more than once: make it longer"))
                continue
            col = lines[q.line - 1].index("text:")  # offset: aligns with text:
            end = _end_of_value(lines, q.line - 1, col)
            inserts.append((end + 1, " " * col + f"offset: {found}\n"))
    for at, line in sorted(inserts, reverse=True):
        lines.insert(at, line)
    path.write_text("".join(lines), encoding="utf-8")
    if errors:
        raise CurationErrors(errors)
    return len(inserts)


def _end_of_value(lines: list[str], start: int, col: int) -> int:
    """Index of the last line of a mapping value beginning at lines[start], column col."""
    end = start
    for i in range(start + 1, len(lines)):
        stripped = lines[i].strip()
        if not stripped:
            continue
        if len(lines[i]) - len(lines[i].lstrip(" ")) <= col:
            break
        end = i
    return end
