"""Strict reading of composed YAML nodes, shared by every content file's loader.

Each method converts one node and checks it, raising
:class:`bot.content.ContentError` with the file, the entry being read and the line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

__all__ = ["ContentError", "YamlReader"]

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
# A plain "Yes" or "16" is read as its spelling, not as a boolean or number.
_STR_TAGS = frozenset({"tag:yaml.org,2002:str", "tag:yaml.org,2002:int",
                       "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool"})
_BOOL_TAG = "tag:yaml.org,2002:bool"

T = TypeVar("T")


class ContentError(ValueError):
    """faq.yaml (or another content file) is broken; the message says where and why."""

    def __init__(self, path: Path | str, message: str, line: int | None = None,
                 entry: str | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.entry = entry
        where = self.path
        if line is not None:
            where += f":{line}"
        if entry:
            where += f" (entry {entry!r})"
        super().__init__(f"{where}: {message}")


class YamlReader:
    """Reads YAML nodes strictly, raising :class:`ContentError` with file, entry, line."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entry: str | None = None

    def fail(self, node: Node | None, message: str, line: int | None = None) -> ContentError:
        if line is None and node is not None:
            line = node.start_mark.line + 1
        return ContentError(self.path, message, line=line, entry=self.entry)

    def mapping(self, node: Node, what: str, required: tuple[str, ...],
                optional: tuple[str, ...] = ()) -> dict[str, Node]:
        """``{key: value node}``; refuses unknown, missing or repeated keys."""
        if not isinstance(node, MappingNode):
            raise self.fail(node, f"{what} must be a mapping")
        allowed = (*required, *optional)
        seen: dict[str, Node] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag not in _STR_TAGS:
                raise self.fail(key_node, f"{what} has a key that is not plain text")
            key = str(key_node.value)
            if key in seen:
                raise self.fail(key_node, f"{what} gives {key!r} twice")
            if allowed and key not in allowed:
                raise self.fail(key_node, f"{what} has an unknown field {key!r} "
                                          f"(expected: {', '.join(allowed)})")
            seen[key] = value_node
        missing = [key for key in required if key not in seen]
        if missing:
            raise self.fail(node, f"{what} is missing {', '.join(map(repr, missing))}")
        return seen

    def sequence(self, node: Node, what: str, allow_empty: bool = False) -> list[Node]:
        if not isinstance(node, SequenceNode):
            raise self.fail(node, f"{what} must be a list")
        if not node.value and not allow_empty:
            raise self.fail(node, f"{what} is empty")
        return list(node.value)

    def each(self, node: Node, what: str, read: Callable[[Node], T]) -> list[T]:
        return [read(item) for item in self.sequence(node, what, allow_empty=True)]

    def texts(self, node: Node, what: str, min_items: int = 1,
              max_chars: int | None = None) -> tuple[str, ...]:
        items = self.sequence(node, what, allow_empty=True)
        values = tuple(self.text(item, f"an item of {what}", max_chars) for item in items)
        if len(values) < min_items:
            raise self.fail(node, f"{what} has {len(values)} items; at least "
                                  f"{min_items} needed")
        return values

    def text(self, node: Node, what: str, max_chars: int | None = None) -> str:
        if not isinstance(node, ScalarNode) or node.tag not in _STR_TAGS:
            raise self.fail(node, f"{what} must be text")
        value = str(node.value).strip()
        if not value:
            raise self.fail(node, f"{what} is empty")
        if max_chars is not None and len(value) > max_chars:
            raise self.fail(node, f"{what} is {len(value)} characters; at most {max_chars} "
                                  "allowed")
        return value

    def ident(self, node: Node, what: str) -> str:
        value = self.text(node, what, 40)
        if not _ID.match(value):
            raise self.fail(node, f"{what} {value!r} must be lower-case letters, digits and "
                                  "underscores")
        return value

    def flag(self, node: Node, what: str) -> bool:
        if not isinstance(node, ScalarNode) or node.tag != _BOOL_TAG:
            raise self.fail(node, f"{what} must be true or false")
        return str(node.value).lower() in ("true", "yes", "on")

    def date(self, node: Node, what: str) -> dt.date:
        if isinstance(node, ScalarNode):
            try:
                return dt.date.fromisoformat(str(node.value))
            except ValueError:
                pass
        raise self.fail(node, f"{what} must be a date like 2026-11-22")

    def url(self, node: Node, what: str) -> str:
        value = self.text(node, what)
        if not re.match(r"^https://[^\s]+$", value):
            raise self.fail(node, f"{what} must be an https:// link")
        return value
