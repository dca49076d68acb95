"""Vietnamese texts for broken and hostile input (files the loader refuses)."""

TEXTS: dict[str, str] = {
}
