"""tiepxuc — records, rules, deadlines and documents for direct dialogues with the people."""

__version__ = "0.1.0"
