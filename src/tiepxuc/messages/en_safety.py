"""English texts for path and template safety, interrupted commands."""

TEXTS: dict[str, str] = {
}
