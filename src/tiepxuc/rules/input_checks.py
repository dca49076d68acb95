"""Rules about references and structures that can only be checked across records (cycles); registered like rules/checks.py."""

from __future__ import annotations
