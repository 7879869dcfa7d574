"""Finding a qtawesome icon by name or by what it means ("database", "queue", "browser").

qtawesome's charmaps list about 20,000 names but no meanings, so a small keyword table
maps the words people think in to good icons; beyond it, every word of the query must
occur in the icon name. Reads the charmap files directly (no QtWidgets, no font loading),
so searching costs a few milliseconds. The names come from :mod:`editor.render.icon_names`.
"""

from __future__ import annotations

from functools import cache

from editor.render.icon_names import icon_names

#: icon sets offered, best first (qtawesome prefixes)
ICON_SETS: tuple[str, ...] = ("mdi6", "fa6s", "ph", "ri", "fa6r", "fa6b", "msc")

#: words people search for -> icons that mean them (names checked against the charmaps by a test)
KEYWORDS: dict[str, tuple[str, ...]] = {
    "database": ("mdi6.database", "mdi6.database-outline", "fa6s.database", "ph.database", "mdi6.database-sync"),
    "db": ("mdi6.database", "fa6s.database"),
    "sql": ("mdi6.database-search", "mdi6.database"),
    "cache": ("mdi6.lightning-bolt", "mdi6.memory", "mdi6.cached", "mdi6.database-clock"),
    "redis": ("mdi6.lightning-bolt", "mdi6.database-clock"),
    "server": ("mdi6.server", "mdi6.server-network", "fa6s.server", "ph.hard-drives"),
    "queue": ("mdi6.tray-full", "mdi6.inbox-multiple", "mdi6.format-list-numbered", "mdi6.view-sequential"),
    "message": ("mdi6.message-text", "mdi6.email", "mdi6.forum"),
    "event": ("mdi6.flash", "mdi6.bell-ring", "mdi6.calendar"),
    "gear": ("mdi6.cog", "fa6s.gear", "ph.gear", "mdi6.cogs"),
    "settings": ("mdi6.cog", "mdi6.tune"),
    "worker": ("mdi6.cogs", "mdi6.robot-industrial", "mdi6.account-hard-hat"),
    "chart": ("mdi6.chart-bar", "mdi6.chart-line", "mdi6.chart-pie", "fa6s.chart-line", "mdi6.finance"),
    "metrics": ("mdi6.chart-line", "mdi6.gauge", "mdi6.speedometer"),
    "browser": ("mdi6.web", "mdi6.google-chrome", "fa6s.globe", "mdi6.application-outline", "ph.browser"),
    "web": ("mdi6.web", "fa6s.globe"),
    "client": ("mdi6.laptop", "mdi6.monitor", "mdi6.cellphone"),
    "mobile": ("mdi6.cellphone", "fa6s.mobile-screen"),
    "user": ("mdi6.account", "mdi6.account-group", "fa6s.user", "ph.user"),
    "api": ("mdi6.api", "mdi6.code-braces", "mdi6.connection"),
    "service": ("mdi6.application-cog", "mdi6.puzzle", "mdi6.hexagon-multiple"),
    "cloud": ("mdi6.cloud", "mdi6.cloud-outline", "fa6s.cloud"),
    "storage": ("mdi6.harddisk", "mdi6.bucket", "mdi6.folder-multiple"),
    "file": ("mdi6.file-document", "mdi6.file", "fa6s.file"),
    "network": ("mdi6.lan", "mdi6.network", "mdi6.router-network"),
    "load balancer": ("mdi6.scale-balance", "mdi6.call-split", "mdi6.arrow-decision"),
    "balancer": ("mdi6.scale-balance", "mdi6.call-split"),
    "security": ("mdi6.shield-lock", "mdi6.lock", "mdi6.key"),
    "lock": ("mdi6.lock", "fa6s.lock"),
    "container": ("mdi6.docker", "mdi6.package-variant-closed"),
    "kubernetes": ("mdi6.kubernetes",),
    "function": ("mdi6.lambda", "mdi6.function-variant"),
    "code": ("mdi6.code-braces", "mdi6.code-tags", "fa6s.code"),
    "log": ("mdi6.text-box-outline", "mdi6.math-log", "mdi6.script-text"),
    "search": ("mdi6.magnify", "fa6s.magnifying-glass"),
    "time": ("mdi6.clock-outline", "mdi6.timer-outline"),
    "clock": ("mdi6.clock-outline",),
    "cpu": ("mdi6.chip", "mdi6.cpu-64-bit"),
    "memory": ("mdi6.memory",),
    "email": ("mdi6.email", "fa6s.envelope"),
    "warning": ("mdi6.alert", "mdi6.alert-circle"),
    "error": ("mdi6.close-octagon", "mdi6.alert-octagon"),
    "ok": ("mdi6.check-circle",),
    "phone": ("mdi6.phone", "mdi6.cellphone"),
    "payment": ("mdi6.credit-card", "mdi6.cash"),
    "bug": ("mdi6.bug", "fa6s.bug"),
}

MAX_RESULTS = 400


@cache
def all_icon_names() -> tuple[str, ...]:
    return tuple(name for prefix in ICON_SETS for name in icon_names(prefix))


@cache
def _known() -> frozenset[str]:
    return frozenset(all_icon_names())


def is_known_icon(name: str) -> bool:
    return name in _known()


def _words(query: str) -> list[str]:
    return [word for word in query.lower().replace("_", "-").split() if word]


def search_icons(query: str, limit: int = MAX_RESULTS) -> list[str]:
    """Icons for ``query``: keyword matches first, then names containing every word.

    An empty query lists the keyword table's icons: the ones diagrams use most.

    Among name matches, an exact name beats a name starting with the query, which beats a
    name merely containing it; the icon sets keep their order of preference.
    """
    words = _words(query)
    if not words:
        return list(dict.fromkeys(name for names in KEYWORDS.values() for name in names))[:limit]
    phrase = " ".join(words)
    chosen: dict[str, None] = {}
    for key in (phrase, *words):
        for name in KEYWORDS.get(key, ()):
            if is_known_icon(name):
                chosen[name] = None
    joined = "-".join(words)
    ranked: list[tuple[int, int, str]] = []
    set_rank = {prefix: rank for rank, prefix in enumerate(ICON_SETS)}
    for name in all_icon_names():
        prefix, _, bare = name.partition(".")
        if not all(word in bare for word in words) and joined not in name:
            continue
        if bare == joined:
            closeness = 0
        elif bare.startswith(joined):
            closeness = 1
        elif bare.startswith(words[0]):
            closeness = 2
        else:
            closeness = 3
        ranked.append((closeness, set_rank[prefix], name))
    ranked.sort()
    for _closeness, _rank, name in ranked:
        chosen[name] = None
        if len(chosen) >= limit:
            break
    return list(chosen)[:limit]
