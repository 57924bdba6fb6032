"""A small, forgiving HTML tree builder on the standard library's html.parser."""

from __future__ import annotations

from html.parser import HTMLParser

from comparer.progress import CancelToken, check

VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "param",
        "keygen",
        "basefont",
        "frame",
    ]
)
# Start tags that close an open <p> (HTML's "p end tag may be omitted" list).
_CLOSES_P = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
        "li",
    ]
)
# Where an implied close stops looking: an open <li> inside a <div> is not closed by a
# sibling <li> of an inner list.
_SCOPES = {
    "p": frozenset(["div", "td", "th", "li", "body", "html", "table", "blockquote", "section", "article", "main"]),
    "li": frozenset(["ul", "ol", "menu", "table", "body", "html"]),
    "tr": frozenset(["table", "body", "html"]),
    "td": frozenset(["tr", "table", "body", "html"]),
    "th": frozenset(["tr", "table", "body", "html"]),
    "dt": frozenset(["dl", "body", "html"]),
    "dd": frozenset(["dl", "body", "html"]),
    "option": frozenset(["select", "body", "html"]),
}
_IMPLIED = {
    "li": ("li",),
    "tr": ("tr", "td", "th"),
    "td": ("td", "th"),
    "th": ("td", "th"),
    "dt": ("dt", "dd"),
    "dd": ("dt", "dd"),
    "option": ("option",),
}


class Node:
    """An element: tag, attributes and children (nodes or text strings)."""

    __slots__ = ("tag", "attrs", "children", "parent")

    def __init__(self, tag: str, attrs: dict[str, str], parent: Node | None) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.parent = parent

    def elements(self) -> list[Node]:
        """Child elements (text left out)."""
        return [c for c in self.children if isinstance(c, Node)]

    def iter(self) -> list[Node]:
        """This element and all elements below it, in document order (iterative: no recursion limit)."""
        out: list[Node] = []
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed(node.elements()))
        return out

    def label(self) -> str:
        """The class and id attributes, for boilerplate and content guesses."""
        return f"{self.attrs.get('class', '')} {self.attrs.get('id', '')}".lower()


class TreeBuilder(HTMLParser):
    """Builds a Node tree, closing the elements browsers close implicitly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {}, None)
        self._stack: list[Node] = [self.root]

    def _close_implied(self, tag: str) -> None:
        targets: tuple[str, ...] = ()
        if tag in _CLOSES_P:
            self._pop_if_open(("p",), _SCOPES["p"])
        targets = _IMPLIED.get(tag, ())
        if targets:
            self._pop_if_open(targets, _SCOPES[tag])

    def _pop_if_open(self, targets: tuple[str, ...], scope: frozenset[str]) -> None:
        for i in range(len(self._stack) - 1, 0, -1):
            t = self._stack[i].tag
            if t in targets:
                del self._stack[i:]
                return
            if t in scope:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element (void elements are leaves)."""
        self._close_implied(tag)
        parent = self._stack[-1]
        node = Node(tag, {k: v or "" for k, v in attrs}, parent)
        parent.children.append(node)
        if tag not in VOID:
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        """Close the nearest open element of that name; stray end tags are ignored."""
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                return

    def handle_data(self, data: str) -> None:
        """Keep text where it appears (one string per run: input fed in pieces may split it)."""
        children = self._stack[-1].children
        if children and isinstance(children[-1], str):
            children[-1] += data
        else:
            children.append(data)


def parse(text: str, cancel: CancelToken | None = None) -> Node:
    """Parse HTML text into a tree whose root holds the document, polling ``cancel`` every 256 kB."""
    builder = TreeBuilder()
    step = 1 << 18
    for start in range(0, len(text), step):
        check(cancel)
        builder.feed(text[start : start + step])  # HTMLParser keeps a tag cut at the seam
    builder.close()
    return builder.root
