"""English texts for path and template safety, interrupted commands."""

TEXTS: dict[str, str] = {
    "safety.outside": "Not reading or writing “{path}”: it leads outside the repository {root} (through “..”, an absolute path or a link). Correct the name or remove the link.",
    "safety.write_failed": "Could not write {path} ({reason}). The records are as they were before the command; check the disk space and permissions and run it again.",
}
