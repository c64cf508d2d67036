"""Build-time charts: takes labelled numbers; returns an accessible inline SVG bar chart as Markup."""

from __future__ import annotations

import html
from collections.abc import Sequence

from markupsafe import Markup

BAR_HEIGHT = 22
LABEL_WIDTH = 190
CHART_WIDTH = 560


def bar_chart(chart_id: str, title: str, rows: Sequence[tuple[str, int]]) -> Markup:
    """Return a horizontal bar chart with a <title>, readable without JavaScript or colour."""
    if not rows:
        return Markup("")
    top = max(value for _, value in rows) or 1
    span = CHART_WIDTH - LABEL_WIDTH - 50
    height = BAR_HEIGHT * len(rows) + 10
    summary = "; ".join(f"{label}: {value}" for label, value in rows)
    parts = [
        "<figure class=\"ki-chart\">",
        f'<svg role="img" aria-labelledby="{chart_id}-t {chart_id}-d" viewBox="0 0 {CHART_WIDTH} '
        f'{height}" width="100%" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{html.escape(title)}</title>',
        f'<desc id="{chart_id}-d">{html.escape(summary)}</desc>',
    ]
    for i, (label, value) in enumerate(rows):
        y = 5 + i * BAR_HEIGHT
        width = max(1, round(span * value / top)) if value else 0
        short = label if len(label) <= 28 else label[:27] + "…"
        parts.append(
            f'<text x="{LABEL_WIDTH - 6}" y="{y + 15}" text-anchor="end" font-size="13" '
            f'fill="currentColor">{html.escape(short)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y + 3}" width="{width}" height="{BAR_HEIGHT - 6}" '
            f'fill="#1b5e20"></rect>'
            f'<text x="{LABEL_WIDTH + width + 6}" y="{y + 15}" font-size="13" '
            f'fill="currentColor">{value}</text>')
    parts += ["</svg>", f"<figcaption>{html.escape(title)}</figcaption>", "</figure>"]
    return Markup("".join(parts))
