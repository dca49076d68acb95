"""English texts for citizens' personal data (privacy scan, public outputs)."""

TEXTS: dict[str, str] = {
}
