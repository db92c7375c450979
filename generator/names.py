"""C naming, in one place: snake case, keyword and macro avoidance, collisions."""
import re

# C11 keywords, C++ keywords (headers must compile as C++), and names the C or POSIX headers
# define as macros or that GNU modes predefine.
RESERVED = frozenset("""
auto break case char const continue default do double else enum extern float for goto if inline int
long register restrict return short signed sizeof static struct switch typedef union unsigned void
volatile while _Alignas _Alignof _Atomic _Bool _Complex _Generic _Imaginary _Noreturn _Static_assert
_Thread_local alignas alignof and and_eq asm bitand bitor bool catch char16_t char32_t class compl
concept consteval constexpr constinit const_cast co_await co_return co_yield decltype delete
dynamic_cast explicit export false friend mutable namespace new noexcept not not_eq nullptr operator
or or_eq private protected public reinterpret_cast requires static_assert static_cast template this
thread_local throw true try typeid typename using virtual wchar_t xor xor_eq
errno stdin stdout stderr assert NULL EOF unix linux i386 offsetof main
""".split())

_CAMEL_1 = re.compile(r"([A-Z]+)([A-Z][a-z])")
_CAMEL_2 = re.compile(r"([a-z0-9])([A-Z])")
_NON_IDENT = re.compile(r"[^A-Za-z0-9]+")


def words(text):
    """Splits any name (camelCase, kebab-case, 'with spaces', dotted) into lower-case words."""
    text = _CAMEL_1.sub(r"\1_\2", str(text))
    text = _CAMEL_2.sub(r"\1_\2", text)
    return [w.lower() for w in _NON_IDENT.split(text) if w]


def snake(text):
    return "_".join(words(text))


def c_ident(text, fallback="value"):
    """A valid, non-reserved C identifier for text (lower snake case)."""
    name = snake(text) or fallback
    if name[0].isdigit():
        name = "n" + name
    if name in RESERVED:
        name += "_"
    return name


def singular(word):
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith("sses") or word.endswith("xes") or word.endswith("ches") or word.endswith("shes"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        return word[:-1]
    return word


def method_name(operation_id, group_words):
    """Snake case of operation_id without the group's own words, e.g. listContacts/contacts -> list."""
    ws = words(operation_id)
    drop = {w for g in group_words for w in (g, singular(g), singular(g) + "s")}
    kept = [w for w in ws if w not in drop]
    return "_".join(kept) if kept else "_".join(ws)


class Namespace:
    """Hands out unique names; a clash gets the smallest free numeric suffix, in call order.

    A name may come with derived names (suffixes); it is granted only when all of them are free.
    """

    def __init__(self, taken=()):
        self._taken = set(taken)

    def claim(self, name, suffixes=("",)):
        candidate, n = name, 2
        while any(candidate + s in self._taken for s in suffixes):
            candidate = f"{name}_{n}"
            n += 1
        self._taken.update(candidate + s for s in suffixes)
        return candidate

    def __contains__(self, name):
        return name in self._taken
