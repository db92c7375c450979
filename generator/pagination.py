"""Which list operations get an iterator, and how their pages follow each other (apic/pager.h).

A spec may say so itself, on the operation:

    x-apic-pagination: {style: offset|number|cursor|next_url|link, items: data, param: offset,
                        size_param: limit, total: total, has_more: has_more, next: next_cursor,
                        item_cursor: id, first_page: 1}

Otherwise it is read from the shape of a GET whose JSON answer holds a list of objects (the
answer itself, or its one array member of objects, or the one named like data/items/results):

1. a `starting_after` query parameter (Stripe) and items with a string `id`: cursor from the
   last item, ended by `has_more` (the same for `after` when no member names the next cursor);
2. a string cursor parameter (cursor, page_token, next_token, after, continuation_token, page...)
   and a string member naming the next one (next_cursor, next_page_token, nextToken, OpenAI's
   last_id, next_page, next...): cursor;
3. a string member holding the next page's URL (next, next_url, next_page_url...): next URL;
4. an integer offset parameter (offset, skip, start): offset, with the page size (limit,
   per_page, page_size, count, size, top) and a total (total, total_count, count) when present;
5. an integer page parameter (page, page_number): page numbers, with per_page and a page count
   (total_pages, page_count, last_page) when present;
6. a documented `Link` response header: RFC 8288 rel="next".

Members are looked for in the answer, then in its member objects (Twilio's meta.next_page_url,
SuprSend's meta.after): the runtime follows such dotted paths. A has_more/hasMore member ends any
of them. An operation that has such parameters but whose
items cannot be found is warned about, naming it, and gets no iterator.
"""
from dataclasses import dataclass
from typing import Optional

from .errors import SpecError

STYLES = {"offset": "APIC_PAGE_OFFSET", "number": "APIC_PAGE_NUMBER", "cursor": "APIC_PAGE_CURSOR",
          "next_url": "APIC_PAGE_NEXT_URL", "link": "APIC_PAGE_LINK"}
_ITEM_NAMES = ("data", "items", "results", "records", "entries", "values", "list", "elements", "objects")
_CURSOR_PARAMS = ("cursor", "page_token", "pagetoken", "next_token", "nexttoken", "after", "continuation_token",
                  "continuationtoken", "page_cursor", "next_cursor", "page")  # page: when a string
_NEXT_CURSORS = ("next_cursor", "nextcursor", "next_page_token", "nextpagetoken", "next_token", "nexttoken",
                 "cursor", "continuation_token", "continuationtoken", "after", "last_id", "next_page", "next")
_NEXT_URLS = ("next", "next_url", "nexturl", "next_page_url", "nextpageurl", "next_page", "nextpage", "next_link",
              "nextlink")
_OFFSETS = ("offset", "skip", "start")
_PAGES = ("page", "page_number", "pagenumber", "page_no")
_SIZES = ("limit", "per_page", "perpage", "page_size", "pagesize", "count", "size", "top", "max_results", "maxresults")
_TOTALS = ("total", "total_count", "totalcount", "total_results", "totalresults", "count")
_TOTAL_PAGES = ("total_pages", "totalpages", "page_count", "pagecount", "last_page", "lastpage", "pages")
_HAS_MORE = ("has_more", "hasmore", "has_next", "hasnext", "more")
_KEYS = ("style", "items", "param", "size_param", "total", "has_more", "next", "item_cursor", "first_page")


@dataclass
class Pagination:
    style: str                       # a key of STYLES
    items: Optional[str] = None      # response member holding the items; None: the response is the list
    param: Optional[str] = None
    size_param: Optional[str] = None
    total: Optional[str] = None
    has_more: Optional[str] = None
    next: Optional[str] = None
    item_cursor: Optional[str] = None
    first_page: int = 1
    item_type: object = None         # TypeRef of one item (an object or a union)
    rule: str = ""                   # why: documented in the operation's header


def detect(op, node, where, response_headers, diags):
    """The operation's Pagination, or None. where: the operation's Location."""
    ext = node.get("x-apic-pagination")
    items, item_type = _items(op)
    if ext is not None:
        return _from_extension(ext, op, where.child("x-apic-pagination"), items, item_type)
    if op.method != "GET" or op.result is None or op.events:
        return None
    query = {p.field.json_name.lower(): (p.field.json_name, p.field) for p in op.param_list if p.location == "query"}
    members = _members(op.result)
    paging = [n for n in query if n in _CURSOR_PARAMS + _OFFSETS + _PAGES + ("starting_after",)]
    if item_type is None:
        # Only an answer that holds a list is worth a word: a `/count` beside the list takes its
        # filters (offset and limit included) without being a page of anything.
        lists = op.result.kind == "array" or (op.result.kind == "object" and any(
            f.type.kind == "array" for f in op.result.target.fields))
        if paging and lists:
            diags.warn(str(where), f"looks paginated (parameter '{query[paging[0]][0]}') but its answer holds no "
                       "list of objects this generator can find; no iterator (x-apic-pagination can say where)")
        return None
    has_more = _first(members, _HAS_MORE, "bool")
    found = _rule(query, members, item_type, response_headers)
    if found is None:
        if paging:
            diags.warn(str(where), f"looks paginated (parameter '{query[paging[0]][0]}') but how the next page "
                       "is asked for is unclear; no iterator (x-apic-pagination can say)")
        return None
    found.items, found.item_type = items, item_type
    found.has_more = has_more
    return found


def _rule(query, members, item_type, response_headers):
    def param(names, kinds):
        return _first(query, names, kinds)

    def member(names, kinds):
        return _first(members, names, kinds)

    has_ids = item_type.kind == "object" and any(f.json_name == "id" and f.type.kind == "string"
                                                 for f in item_type.target.fields)
    starting_after = param(("starting_after",), "string")
    if starting_after and "has_more" in members and has_ids:
        return Pagination("cursor", param=starting_after, item_cursor="id", rule="the last item's id as starting_after")
    cursor, next_cursor = param(_CURSOR_PARAMS, "string"), member(_NEXT_CURSORS, "string")
    if cursor and next_cursor:
        return Pagination("cursor", param=cursor, next=next_cursor, rule=f"'{next_cursor}' as '{cursor}'")
    after = param(("after",), "string")
    if after and "has_more" in members and has_ids:
        return Pagination("cursor", param=after, item_cursor="id", rule="the last item's id as after")
    next_url = member(_NEXT_URLS, "string")
    if next_url:
        return Pagination("next_url", next=next_url, rule=f"the URL in '{next_url}'")
    size = param(_SIZES, "int")
    offset = param(_OFFSETS, "int")
    if offset:
        total = member(_TOTALS, "int")
        return Pagination("offset", param=offset, size_param=size, total=total,
                          rule=f"'{offset}' advanced by the items received" + (f", up to '{total}'" if total else ""))
    page = param(_PAGES, "int")
    if page:
        pages = member(_TOTAL_PAGES, "int")
        return Pagination("number", param=page, size_param=size, total=pages,
                          rule=f"'{page}' advanced by one" + (f", up to '{pages}'" if pages else ""))
    if "link" in response_headers:
        return Pagination("link", rule="the Link header's rel=\"next\"")
    return None


def _first(fields, names, kinds):
    """The name (or dotted path) of the first of names present in fields (lower-cased name ->
    (name or path, Field)) whose type is of kinds; None when none is."""
    want = {"int": ("int32", "int64", "integer"), "string": ("string",), "bool": ("bool", "boolean")}[kinds]
    for name in names:
        found = fields.get(name)
        if found is not None and found[1].type.kind in want:
            return found[0]
    return None


def _members(result):
    """The answer's members by lower-cased name, then those of its member objects (Twilio's
    meta.next_page_url, SuprSend's meta.after) under their own names where the answer has none."""
    if result.kind != "object":
        return {}
    out = {f.json_name.lower(): (f.json_name, f) for f in result.target.fields}
    for f in result.target.fields:
        if f.type.kind == "object":
            for inner in f.type.target.fields:
                out.setdefault(inner.json_name.lower(), (f"{f.json_name}.{inner.json_name}", inner))
    return out


def _items(op):
    """(the member holding the items or None for the answer itself, the item type) or (None, None)."""
    r = op.result
    if r is None:
        return None, None
    if r.kind == "array":
        return (None, r.elem) if _struct_like(r.elem) else (None, None)
    if r.kind != "object":
        return None, None
    lists = [f for f in r.target.fields if f.type.kind == "array" and _struct_like(f.type.elem)]
    if len(lists) > 1:
        lists = [f for f in lists if f.json_name.lower() in _ITEM_NAMES]
    return (lists[0].json_name, lists[0].type.elem) if len(lists) == 1 else (None, None)


def _struct_like(t):
    return t is not None and t.kind in ("object", "union")


def _from_extension(ext, op, where, items, item_type):
    if not isinstance(ext, dict):
        raise SpecError(str(where), "x-apic-pagination must be an object (style, items, param, ...)")
    unknown = sorted(set(ext) - set(_KEYS))
    if unknown:
        raise SpecError(str(where.child(unknown[0])), f"unknown key '{unknown[0]}' (known: {', '.join(_KEYS)})")
    if ext.get("style") not in STYLES:
        raise SpecError(str(where.child("style")), f"style must be one of {', '.join(STYLES)}")
    p = Pagination(ext["style"], rule="as the spec says (x-apic-pagination)")
    for key in _KEYS[1:-1]:
        if key in ext:
            if not isinstance(ext[key], str) or not ext[key]:
                raise SpecError(str(where.child(key)), f"{key} must be a name (a string)")
            setattr(p, key, ext[key])
    if "first_page" in ext:
        if not isinstance(ext["first_page"], int) or ext["first_page"] < 0:
            raise SpecError(str(where.child("first_page")), "first_page must be a whole number")
        p.first_page = ext["first_page"]
    if op.result is None:
        raise SpecError(str(where), "the operation has no JSON answer to page through")
    if "items" in ext:
        f = next((f for f in op.result.target.fields if f.json_name == ext["items"]), None) \
            if op.result.kind == "object" else None
        if f is None or f.type.kind != "array" or not _struct_like(f.type.elem):
            raise SpecError(str(where.child("items")), f"the answer has no list of objects named '{ext['items']}'")
        item_type = f.type.elem
    elif op.result.kind == "array" and _struct_like(op.result.elem):
        item_type = op.result.elem
    else:
        p.items = items
        if item_type is None:
            raise SpecError(str(where.child("items")), "name the member holding the items (a list of objects)")
    p.item_type = item_type
    if p.items is None and "items" not in ext and op.result.kind == "object":
        p.items = items
    _check_names(p, op, where)
    return p


def _check_names(p, op, where):
    """Every name the extension gives exists where it must, so the iterator cannot fail on it."""
    params = {x.field.json_name for x in op.param_list}
    members = {path for path, _ in _members(op.result).values()}
    item_members = {f.json_name for f in p.item_type.target.fields} if p.item_type.kind == "object" else set()
    for key, names, what in (("param", params, "parameter"), ("size_param", params, "parameter"),
                             ("total", members, "answer member"), ("has_more", members, "answer member"),
                             ("next", members, "answer member"), ("item_cursor", item_members, "item member")):
        value = getattr(p, key)
        if value is not None and value not in names:
            raise SpecError(str(where.child(key)), f"the operation has no {what} '{value}'")
    if p.style in ("offset", "number", "cursor") and p.param is None:
        raise SpecError(str(where), f"a {p.style} pagination needs param (the parameter set for the next page)")
