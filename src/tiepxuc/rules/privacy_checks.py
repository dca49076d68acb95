"""Rules about citizens' personal data in the shared repository; registered like rules/checks.py."""

from __future__ import annotations
